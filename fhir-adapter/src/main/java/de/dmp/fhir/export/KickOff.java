package de.dmp.fhir.export;

import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.RequestTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Parameters.ParametersParameterComponent;

/**
 * What a Bulk Data kick-off asks beyond the parameters {@code $export} reads: its {@code Prefer}
 * header, and the parameters it sends that the export does not offer. A GET sends its parameters in
 * the URL, a POST in its Parameters body (HAPI reads nothing else of a POST). Parameters the export
 * does not offer are refused with 400, every one of them named, unless the client prefers {@code
 * handling=lenient}: then they are ignored and reported in the export's error file.
 */
final class KickOff {

  /** The parameters $export reads, at every level; {@code patient} is refused at system level. */
  private static final Set<String> READ =
      Set.of("_type", "_since", "_outputFormat", "_typeFilter", "patient");

  /** FHIR's general parameters: they shape an error's answer and nothing of the export. */
  private static final Set<String> GENERAL = Set.of(Constants.PARAM_FORMAT, Constants.PARAM_PRETTY);

  private static final String LENIENT = "handling=lenient";

  private static final String NO_PARAMETER =
      "it is no parameter of $export, which reads _type, _since, _outputFormat, _typeFilter and,"
          + " for Patient and Group, patient";

  private static final String IN_POST_URL =
      "a POST kick-off sends its parameters in its Parameters body, where the export reads them,"
          + " not in the URL";

  private static final Map<String, String> NOT_OFFERED =
      Map.of(
          "_elements",
          "the export writes whole resources, never a subset of their elements",
          "includeAssociatedData",
          "the export holds no associated data such as Provenance",
          "organizeOutputBy",
          "the export writes one file per resource type");

  private final Set<String> preferences;

  /** The parameters sent that the export does not read, each with the reason. */
  private final Map<String, String> unsupported;

  private KickOff(Set<String> preferences, Map<String, String> unsupported) {
    this.preferences = preferences;
    this.unsupported = unsupported;
  }

  static KickOff of(RequestDetails request) {
    Set<String> preferences = new TreeSet<>();
    List<String> prefer = request.getHeaders(Constants.HEADER_PREFER);
    for (String header : prefer == null ? List.<String>of() : prefer) {
      Arrays.stream(header.split("[,;]"))
          .map(value -> value.strip().toLowerCase(Locale.ROOT))
          .forEach(preferences::add);
    }
    return new KickOff(preferences, unsupported(request));
  }

  /**
   * The parameters a kick-off sends that the export does not read: a GET's in its URL, a POST's in
   * its body, and any a POST sends in its URL, as HAPI would leave them unread.
   */
  private static Map<String, String> unsupported(RequestDetails request) {
    Map<String, String> unsupported = new TreeMap<>();
    boolean post = request.getRequestType() == RequestTypeEnum.POST;
    for (String name : request.getParameters().keySet()) {
      if (!GENERAL.contains(name) && (post || !READ.contains(name))) {
        unsupported.put(name, post ? IN_POST_URL : NOT_OFFERED.getOrDefault(name, NO_PARAMETER));
      }
    }
    if (post && request.getResource() instanceof Parameters body) {
      body.getParameter().stream()
          .map(ParametersParameterComponent::getName)
          .filter(name -> !READ.contains(name))
          .forEach(name -> unsupported.put(name, NOT_OFFERED.getOrDefault(name, NO_PARAMETER)));
    }
    return unsupported;
  }

  boolean respondAsync() {
    return preferences.contains(Constants.HEADER_PREFER_RESPOND_ASYNC);
  }

  boolean lenient() {
    return preferences.contains(LENIENT);
  }

  /** Refuses the kick-off if it sends parameters the export does not read, unless lenient. */
  void refuseUnsupportedUnlessLenient() {
    if (!unsupported.isEmpty() && !lenient()) {
      throw new InvalidRequestException(
          "The export does not read "
              + String.join(", ", unsupported.keySet())
              + "; leave them out, or send Prefer: "
              + LENIENT
              + " to have them ignored.",
          outcome(IssueSeverity.ERROR, " is not read: "));
    }
  }

  /** What a lenient kick-off ignored, for the export's error file; null when nothing. */
  OperationOutcome ignored() {
    return unsupported.isEmpty() ? null : outcome(IssueSeverity.WARNING, " was ignored: ");
  }

  private OperationOutcome outcome(IssueSeverity severity, String verdict) {
    var outcome = new OperationOutcome();
    unsupported.forEach(
        (name, reason) ->
            outcome
                .addIssue()
                .setSeverity(severity)
                .setCode(IssueType.NOTSUPPORTED)
                .setDiagnostics("The parameter " + name + verdict + reason + "."));
    return outcome;
  }
}
