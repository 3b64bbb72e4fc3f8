package de.dmp.platform.boundary;

import jakarta.ejb.ApplicationException;

/** A record whose natural key (IK, BSNR, LANR, insurer + insurance number) is already taken. */
@ApplicationException(rollback = true)
public class AlreadyRegisteredException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final long existingId;

  public AlreadyRegisteredException(String what, String key, long existingId) {
    super(what + " " + key + " is already registered (record " + existingId + ").");
    this.existingId = existingId;
  }

  /** A key that is taken by a record the caller may not learn about. */
  public AlreadyRegisteredException(String message) {
    super(message);
    this.existingId = 0;
  }

  /** The record that holds the key, or 0 when the caller may not learn it. */
  public long getExistingId() {
    return existingId;
  }
}
