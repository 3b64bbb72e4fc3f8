package de.dmp.rules.entity;

/** What a rule watches. */
public enum RuleKind {
  DOCUMENTATION,
  EXAMINATION,
  TRAINING,
  GOAL
}
