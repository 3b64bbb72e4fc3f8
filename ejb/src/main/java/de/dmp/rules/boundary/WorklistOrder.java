package de.dmp.rules.boundary;

/** How the worklist is sorted. */
public enum WorklistOrder {
  DUE_DATE,
  PATIENT,
  PROGRAMME
}
