package de.dmp.fhir;

import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.UnclassifiedServerFailureException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Reference;

/** Reading the numeric ids of the domain's records from FHIR ids and references. */
public final class Ids {

  private static final String NUMBER = "\\d{1,18}";
  private static final Pattern ENTITY_TAG = Pattern.compile("(?:W/)?\"(" + NUMBER + ")\"");
  private static final int PRECONDITION_REQUIRED = 428;

  private Ids() {}

  /** The record id of a read; an id that no record can have is simply not found. */
  public static long numeric(IdType id) {
    if (id.getIdPart() == null || !id.getIdPart().matches(NUMBER)) {
      throw new ResourceNotFoundException(id);
    }
    return Long.parseLong(id.getIdPart());
  }

  /**
   * The version a write expects, from its If-Match header ({@code W/"3"} or {@code "3"}): a write
   * without one is refused with 428, so that nobody overwrites a change they have not seen.
   */
  public static long expectedVersion(RequestDetails request) {
    String ifMatch = request.getHeader(Constants.HEADER_IF_MATCH);
    if (ifMatch == null || ifMatch.isBlank()) {
      throw new UnclassifiedServerFailureException(
          PRECONDITION_REQUIRED,
          "An update needs the header If-Match with the version you read, e.g. If-Match: W/\"3\".");
    }
    Matcher tag = ENTITY_TAG.matcher(ifMatch.strip());
    if (!tag.matches()) {
      throw new InvalidRequestException(
          "If-Match must name one version, e.g. W/\"3\", not " + ifMatch.strip() + ".");
    }
    return Long.parseLong(tag.group(1));
  }

  /**
   * The record id a reference in a request body names, e.g. {@code Patient/42} for {@code
   * Encounter.subject}; 422 naming the element otherwise.
   */
  public static long referenced(Reference reference, String type, String element) {
    IIdType id = reference.getReferenceElement();
    if (!type.equals(id.getResourceType())
        || id.getIdPart() == null
        || !id.getIdPart().matches(NUMBER)) {
      throw new UnprocessableEntityException(
          element + " must name a " + type + ", e.g. " + type + "/42.");
    }
    return Long.parseLong(id.getIdPart());
  }

  /** The record id of an id part, or null where it is none (e.g. a create). */
  public static Long numericOrNull(String idPart) {
    return idPart != null && idPart.matches(NUMBER) ? Long.valueOf(idPart) : null;
  }

  /** The patient id of a search parameter such as {@code patient=Patient/42}; 400 otherwise. */
  public static long patient(ReferenceParam reference, String search) {
    String id = reference.getIdPart();
    if (id == null || !id.matches(NUMBER)) {
      throw new InvalidRequestException(search + " needs a patient id, e.g. Patient/42.");
    }
    return Long.parseLong(id);
  }
}
