package de.dmp.enrolment.boundary;

import de.dmp.platform.entity.RefusedException;
import jakarta.ejb.ApplicationException;

/** An enrolment the programme rules do not allow, with the reason a person can act on. */
@ApplicationException(rollback = true)
public class EnrolmentRefusedException extends RefusedException {

  private static final long serialVersionUID = 1L;

  /** The reason, a key of {@code Refusals*.properties}, and its arguments. */
  public EnrolmentRefusedException(String reason, Object... arguments) {
    super(reason, arguments);
  }
}
