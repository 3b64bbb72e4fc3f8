package de.dmp.programme.entity;

/** How a {@link Criterion} reads a parameter over a patient's documentations. */
public enum Aggregate {
  /** The value of the latest documentation that has one. */
  LATEST,
  /** The sum of the values in the window, e.g. severe hypoglycaemias in 6 months. */
  SUM,
  /** Any documentation in the window whose value passes. */
  ANY
}
