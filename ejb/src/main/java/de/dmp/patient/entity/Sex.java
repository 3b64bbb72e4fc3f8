package de.dmp.patient.entity;

/** Sex as the German insurance card records it (including "divers" since 2018). */
public enum Sex {
  FEMALE,
  MALE,
  DIVERSE,
  UNKNOWN
}
