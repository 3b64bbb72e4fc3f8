package de.dmp.followup.entity;

/** What a follow-up is for. */
public enum AppointmentKind {
  /** The next follow-up documentation, due in a quarter. */
  DOCUMENTATION,
  /** A control examination of the programme, e.g. foot inspection, eye examination. */
  EXAMINATION,
  /** A patient training (Schulung). */
  TRAINING
}
