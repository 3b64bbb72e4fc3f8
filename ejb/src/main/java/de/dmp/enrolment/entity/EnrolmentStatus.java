package de.dmp.enrolment.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an enrolment stands. ENROLLED: signed up, consent or initial documentation still missing;
 * ACTIVE: both complete, the patient takes part; SUSPENDED: paused; ENDED and EXCLUDED are final (a
 * re-enrolment is a new enrolment under the same case number).
 */
public enum EnrolmentStatus {
  ENROLLED,
  ACTIVE,
  SUSPENDED,
  ENDED,
  EXCLUDED;

  public Set<EnrolmentStatus> next() {
    return switch (this) {
      case ENROLLED -> EnumSet.of(ACTIVE, ENDED);
      case ACTIVE -> EnumSet.of(SUSPENDED, ENDED, EXCLUDED);
      case SUSPENDED -> EnumSet.of(ACTIVE, ENDED, EXCLUDED);
      case ENDED, EXCLUDED -> EnumSet.noneOf(EnrolmentStatus.class);
    };
  }

  public boolean isOpen() {
    return !next().isEmpty();
  }

  /** The statuses of an enrolment still running, for queries: all but the final ones. */
  public static Set<EnrolmentStatus> open() {
    Set<EnrolmentStatus> open = EnumSet.noneOf(EnrolmentStatus.class);
    for (EnrolmentStatus status : values()) {
      if (status.isOpen()) {
        open.add(status);
      }
    }
    return open;
  }
}
