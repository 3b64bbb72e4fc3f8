package de.dmp.platform.boundary;

import jakarta.ejb.ApplicationException;

/** Someone else changed the record since the caller read it; nothing was overwritten. */
@ApplicationException(rollback = true)
public class ConcurrentChangeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ConcurrentChangeException(String what, Object id) {
    super(
        "The "
            + what
            + " "
            + id
            + " was changed by someone else in the meantime; reload it and apply your change again.");
  }
}
