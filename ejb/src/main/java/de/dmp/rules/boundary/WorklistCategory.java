package de.dmp.rules.boundary;

/** The practice worklist's filters, by urgency; ALL lists every one of them. */
public enum WorklistCategory {
  ALL,
  /** Due now or by the end of this week, not yet overdue. */
  DUE_THIS_WEEK,
  OVERDUE,
  /** One missing documentation or missed training, or an exclusion proposed. */
  CLOSE_TO_EXCLUSION
}
