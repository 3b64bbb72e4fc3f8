package de.dmp.export.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An export named patients the caller may not export: not theirs, not in the group, or unknown. The
 * message names them as references; it does not tell unknown from foreign patients apart.
 */
@ApplicationException(rollback = true)
public class PatientsBeyondReachException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public PatientsBeyondReachException(List<Long> patientIds) {
    super(
        patientIds.stream().map(id -> "Patient/" + id).collect(Collectors.joining(", "))
            + (patientIds.size() == 1 ? " is" : " are")
            + " not among the patients you may export here (your patients, of this group); nothing"
            + " was started. Leave out or correct these references.");
  }
}
