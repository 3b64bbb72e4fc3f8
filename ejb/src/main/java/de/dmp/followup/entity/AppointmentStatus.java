package de.dmp.followup.entity;

import java.util.EnumSet;
import java.util.Set;

/** PLANNED (due, no date yet) → BOOKED (date agreed) → DONE or MISSED; CANCELLED from either. */
public enum AppointmentStatus {
  PLANNED,
  BOOKED,
  DONE,
  MISSED,
  CANCELLED;

  public Set<AppointmentStatus> next() {
    return switch (this) {
      case PLANNED -> EnumSet.of(BOOKED, DONE, MISSED, CANCELLED);
      case BOOKED -> EnumSet.of(BOOKED, DONE, MISSED, CANCELLED);
      case DONE, MISSED, CANCELLED -> EnumSet.noneOf(AppointmentStatus.class);
    };
  }

  public boolean isOpen() {
    return this == PLANNED || this == BOOKED;
  }
}
