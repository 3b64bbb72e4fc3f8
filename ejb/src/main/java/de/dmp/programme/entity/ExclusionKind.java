package de.dmp.programme.entity;

/** What leads to an exclusion from a programme (DOMAIN.md 1.3). */
public enum ExclusionKind {
  CONSECUTIVE_MISSING_DOCUMENTATIONS,
  MISSED_TRAININGS
}
