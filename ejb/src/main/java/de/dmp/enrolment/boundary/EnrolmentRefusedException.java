package de.dmp.enrolment.boundary;

import jakarta.ejb.ApplicationException;

/** An enrolment the programme rules do not allow, with the reason a person can act on. */
@ApplicationException(rollback = true)
public class EnrolmentRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public EnrolmentRefusedException(String message) {
    super(message);
  }
}
