package de.dmp.edmp.entity;

import de.dmp.platform.entity.RefusedException;
import jakarta.ejb.ApplicationException;

/** A documentation that cannot be written as an eDMP file, with what to do about it. */
@ApplicationException(rollback = true)
public class EdmpRefusedException extends RefusedException {

  private static final long serialVersionUID = 1L;

  /** The reason, a key of {@code Refusals*.properties}, and its arguments. */
  public EdmpRefusedException(String reason, Object... arguments) {
    super(reason, arguments);
  }
}
