package de.dmp.rules.entity;

/** How urgent a verdict is, from nothing to do to a proposed exclusion. */
public enum VerdictStatus {
  /** Nothing to do now. */
  OK,
  /** For information only, e.g. a goal without a measured value. */
  INFO,
  /**
   * The latest value misses the patient's individual goal: a matter for the therapy, not for the
   * patient's place in the programme.
   */
  GOAL_MISSED,
  /** To be done now, e.g. the documentation of the current quarter. */
  DUE,
  /** Its time has passed, e.g. the quarter ended without documentation. */
  OVERDUE,
  /** One step before an exclusion, e.g. one missing documentation or one missed training. */
  WARNING,
  /** The programme's exclusion rule is met: a person confirms or not. */
  EXCLUSION_PROPOSED
}
