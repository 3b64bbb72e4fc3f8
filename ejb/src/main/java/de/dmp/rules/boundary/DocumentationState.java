package de.dmp.rules.boundary;

/** The states of an expected documentation in the practice's overview (KBV P1-110). */
public enum DocumentationState {
  /** Expected, nothing saved yet. */
  DUE,
  /** Saved as a draft; required fields are still missing. */
  DRAFT,
  /** A draft with every required field, but values the programme refuses. */
  COMPLETE_WITH_ERRORS,
  COMPLETE,
  SENT
}
