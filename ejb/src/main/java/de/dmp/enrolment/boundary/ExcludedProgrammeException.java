package de.dmp.enrolment.boundary;

import jakarta.ejb.ApplicationException;

/**
 * The patient takes part in a programme that cannot be combined with the requested one (DM1 with
 * DM2, asthma with COPD, KHK with heart failure). The caller can offer to switch: {@link
 * Enrolments#switchProgramme} ends the conflicting enrolment and enrols in the new programme.
 */
@ApplicationException(rollback = true)
public class ExcludedProgrammeException extends EnrolmentRefusedException {

  private static final long serialVersionUID = 1L;

  private final long conflictingEnrolmentId;

  public ExcludedProgrammeException(
      String existing, String requested, long conflictingEnrolmentId) {
    super("enrolment.excluded", existing, requested);
    this.conflictingEnrolmentId = conflictingEnrolmentId;
  }

  public long getConflictingEnrolmentId() {
    return conflictingEnrolmentId;
  }
}
