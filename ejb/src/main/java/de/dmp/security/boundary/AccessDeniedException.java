package de.dmp.security.boundary;

import jakarta.ejb.ApplicationException;

/** The caller may not see or change this record; the message names no data of it. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String what) {
    super("You are not allowed to " + what + ".");
  }
}
