package de.dmp.platform.boundary;

import de.dmp.platform.entity.RefusedException;
import jakarta.ejb.ApplicationException;

/** Someone else changed the record since the caller read it; nothing was overwritten. */
@ApplicationException(rollback = true)
public class ConcurrentChangeException extends RefusedException {

  private static final long serialVersionUID = 1L;

  /** The reason, a key of {@code Refusals*.properties}, is given the record's id. */
  public ConcurrentChangeException(String reason, Object id) {
    super(reason, id);
  }
}
