package de.dmp.rules.boundary;

/** How the worklist is sorted. */
public enum WorklistOrder {
  /**
   * What needs the doctor first: proposed exclusions to decide, then what gets worse soonest if
   * nobody acts, and last what has long been overdue with nothing further to come (docs/ui.md).
   */
  URGENCY,
  /** By the day the item became or becomes overdue, the oldest first. */
  DUE_DATE,
  PATIENT,
  PROGRAMME
}
