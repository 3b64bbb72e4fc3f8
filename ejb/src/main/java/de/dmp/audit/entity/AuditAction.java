package de.dmp.audit.entity;

/** What was done with patient data. */
public enum AuditAction {
  READ,
  SEARCH,
  CREATE,
  UPDATE,
  DELETE,
  EXPORT
}
