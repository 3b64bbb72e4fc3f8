package de.dmp.platform.boundary;

import jakarta.ejb.ApplicationException;

/** A record that a caller named by id does not exist. */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NotFoundException(String what, Object id) {
    super("There is no " + what + " " + id + ".");
  }
}
