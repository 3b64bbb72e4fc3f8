package de.dmp.patient.boundary;

/** Why a patient's data is erased; recorded in the audit trail instead of free text. */
public enum ErasureReason {
  /** The patient asked for the erasure (GDPR Art. 17). */
  PATIENT_REQUEST,
  /** The retention period after the end of participation has passed. */
  RETENTION_EXPIRED
}
