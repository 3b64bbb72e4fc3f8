package de.dmp.programme.entity;

/** The two documentations the G-BA defines for every programme. */
public enum DocumentType {
  /** Erstdokumentation, with enrolment. */
  ED,
  /** Folgedokumentation (Verlaufsdokumentation), at the programme's interval. */
  FD
}
