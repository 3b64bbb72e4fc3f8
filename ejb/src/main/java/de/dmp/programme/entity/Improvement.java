package de.dmp.programme.entity;

/** Whether a quality target asks for a high share ("Hoher Anteil") or a low one. */
public enum Improvement {
  HIGHER,
  LOWER
}
