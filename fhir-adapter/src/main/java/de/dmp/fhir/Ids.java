package de.dmp.fhir;

import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import org.hl7.fhir.r4.model.IdType;

/** Reading the numeric ids of the domain's records from FHIR ids and references. */
public final class Ids {

  private static final String NUMBER = "\\d{1,18}";

  private Ids() {}

  /** The record id of a read; an id that no record can have is simply not found. */
  public static long numeric(IdType id) {
    if (id.getIdPart() == null || !id.getIdPart().matches(NUMBER)) {
      throw new ResourceNotFoundException(id);
    }
    return Long.parseLong(id.getIdPart());
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
