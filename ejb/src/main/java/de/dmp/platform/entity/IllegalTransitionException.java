package de.dmp.platform.entity;

import jakarta.ejb.ApplicationException;

/** A state change the record's rules do not allow. */
@ApplicationException(rollback = true)
public class IllegalTransitionException extends RefusedException {

  private static final long serialVersionUID = 1L;

  /** The reason, a key of {@code Refusals*.properties}, and its arguments. */
  public IllegalTransitionException(String reason, Object... arguments) {
    super(reason, arguments);
  }
}
