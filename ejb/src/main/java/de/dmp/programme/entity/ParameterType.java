package de.dmp.programme.entity;

/** How a documentation parameter's value is written down. */
public enum ParameterType {
  /** A measured number with a unit, e.g. HbA1c in %. */
  QUANTITY,
  /** A count, e.g. severe hypoglycaemia since the last documentation. */
  COUNT,
  /** Exactly one of the listed values, e.g. "Ja" / "Nein". */
  CODE,
  /** Any of the listed values, e.g. the concomitant diseases. */
  CODES,
  /** A calendar date, never in the future. */
  DATE
}
