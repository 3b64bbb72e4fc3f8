package de.dmp.rules.boundary;

/** The practice worklist's filters, by urgency; ALL lists every one of them. */
public enum WorklistCategory {
  ALL,
  /** Due now or from this week on, not yet overdue. */
  DUE,
  OVERDUE,
  /** One missing documentation or missed training, or an exclusion proposed. */
  CLOSE_TO_EXCLUSION
}
