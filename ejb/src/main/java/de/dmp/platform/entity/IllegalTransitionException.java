package de.dmp.platform.entity;

import jakarta.ejb.ApplicationException;

/** A state change the record's rules do not allow, with the reason in words. */
@ApplicationException(rollback = true)
public class IllegalTransitionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public IllegalTransitionException(String message) {
    super(message);
  }
}
