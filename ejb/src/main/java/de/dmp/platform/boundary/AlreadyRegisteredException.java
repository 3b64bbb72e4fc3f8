package de.dmp.platform.boundary;

import de.dmp.platform.entity.RefusedException;
import jakarta.ejb.ApplicationException;

/** A record whose natural key (IK, BSNR, LANR, insurer + insurance number) is already taken. */
@ApplicationException(rollback = true)
public class AlreadyRegisteredException extends RefusedException {

  private static final long serialVersionUID = 1L;

  private final long existingId;

  /**
   * The key is taken by that record; the reason, a key of {@code Refusals*.properties}, is given
   * the natural key and the record's id.
   */
  public AlreadyRegisteredException(String reason, String naturalKey, long existingId) {
    super(reason, naturalKey, existingId);
    this.existingId = existingId;
  }

  /** A key that is taken by a record the caller may not learn about. */
  public AlreadyRegisteredException(String reason, String naturalKey) {
    super(reason, naturalKey);
    this.existingId = 0;
  }

  /** The record that holds the key, or 0 when the caller may not learn it. */
  public long getExistingId() {
    return existingId;
  }
}
