package de.dmp.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RequestTypeEnum;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.exceptions.MethodNotAllowedException;
import ca.uhn.fhir.rest.server.method.BaseMethodBinding;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * A write (create, update, delete, patch) of a resource type that does not offer it is answered 405
 * with an OperationOutcome saying how such records are written here, instead of HAPI's generic 400
 * "does not know how to handle".
 */
@Interceptor
public class UnofferedInteractions {

  private static final String DOCUMENTED =
      " are not written one by one: a visit's documentation is sent as one transaction Bundle"
          + " (POST [base]) with the Encounter and one QuestionnaireResponse per programme, and"
          + " its Observations follow from the completed documentation (docs/fhir.md, 'A visit's"
          + " documentation as a transaction').";
  private static final String ENROLLED =
      " are not written one by one: an enrolment is sent as one transaction Bundle (POST [base])"
          + " with the EpisodeOfCare, its Condition and optionally the Consent (docs/fhir.md,"
          + " 'Enrolling as a transaction').";
  private static final Map<String, String> WRITTEN_AS =
      Map.of(
          "Observation", DOCUMENTED,
          "Encounter", DOCUMENTED,
          "QuestionnaireResponse", DOCUMENTED,
          "EpisodeOfCare", ENROLLED,
          "Condition", ENROLLED,
          "Consent", ENROLLED);

  private static final Map<RestOperationTypeEnum, RequestTypeEnum> METHOD_BY_INTERACTION =
      Map.of(
          RestOperationTypeEnum.READ, RequestTypeEnum.GET,
          RestOperationTypeEnum.VREAD, RequestTypeEnum.GET,
          RestOperationTypeEnum.SEARCH_TYPE, RequestTypeEnum.GET,
          RestOperationTypeEnum.HISTORY_INSTANCE, RequestTypeEnum.GET,
          RestOperationTypeEnum.CREATE, RequestTypeEnum.POST,
          RestOperationTypeEnum.UPDATE, RequestTypeEnum.PUT,
          RestOperationTypeEnum.DELETE, RequestTypeEnum.DELETE,
          RestOperationTypeEnum.PATCH, RequestTypeEnum.PATCH);

  @Hook(Pointcut.SERVER_INCOMING_REQUEST_PRE_HANDLER_SELECTED)
  public void refuseUnoffered(RequestDetails request) {
    RestOperationTypeEnum wanted = writeOf(request);
    if (wanted == null) {
      return;
    }
    Set<RestOperationTypeEnum> offered = offered((RestfulServer) request.getServer(), request);
    if (offered.isEmpty() || offered.contains(wanted)) {
      return;
    }
    String type = request.getResourceName();
    String message =
        WRITTEN_AS.containsKey(type)
            ? type + " resources" + WRITTEN_AS.get(type)
            : type
                + " does not offer "
                + wanted.getCode()
                + " here; it offers "
                + codes(offered)
                + ".";
    throw new MethodNotAllowedException(message, outcome(message), allowed(offered));
  }

  /** The type-level write asked for, or null for a read, an operation or a system request. */
  private static RestOperationTypeEnum writeOf(RequestDetails request) {
    if (request.getResourceName() == null || request.getOperation() != null) {
      return null;
    }
    return switch (request.getRequestType()) {
      case POST -> request.getId() == null ? RestOperationTypeEnum.CREATE : null;
      case PUT -> RestOperationTypeEnum.UPDATE;
      case DELETE -> RestOperationTypeEnum.DELETE;
      case PATCH -> RestOperationTypeEnum.PATCH;
      default -> null;
    };
  }

  private static Set<RestOperationTypeEnum> offered(RestfulServer server, RequestDetails request) {
    return server.getResourceBindings().stream()
        .filter(binding -> Objects.equals(binding.getResourceName(), request.getResourceName()))
        .flatMap(binding -> binding.getMethodBindings().stream())
        .map(BaseMethodBinding::getRestOperationType)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(RestOperationTypeEnum.class)));
  }

  private static String codes(Set<RestOperationTypeEnum> offered) {
    return offered.stream()
        .filter(METHOD_BY_INTERACTION::containsKey)
        .map(RestOperationTypeEnum::getCode)
        .collect(Collectors.joining(", "));
  }

  private static RequestTypeEnum[] allowed(Set<RestOperationTypeEnum> offered) {
    return offered.stream()
        .map(METHOD_BY_INTERACTION::get)
        .filter(Objects::nonNull)
        .distinct()
        .toArray(RequestTypeEnum[]::new);
  }

  private static OperationOutcome outcome(String message) {
    var outcome = new OperationOutcome();
    outcome
        .addIssue()
        .setSeverity(IssueSeverity.ERROR)
        .setCode(IssueType.NOTSUPPORTED)
        .setDiagnostics(message);
    return outcome;
  }
}
