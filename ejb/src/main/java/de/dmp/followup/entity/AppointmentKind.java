package de.dmp.followup.entity;

import java.time.Duration;

/** What a follow-up is for, with the time a practice books for it. */
public enum AppointmentKind {
  /** The next follow-up documentation, due in a quarter. */
  DOCUMENTATION(Duration.ofMinutes(15)),
  /** A control examination of the programme, e.g. foot inspection, eye examination. */
  EXAMINATION(Duration.ofMinutes(20)),
  /** A patient training (Schulung): one session of a course. */
  TRAINING(Duration.ofMinutes(90));

  private final Duration slot;

  AppointmentKind(Duration slot) {
    this.slot = slot;
  }

  /** How long an appointment of this kind takes in the calendar. */
  public Duration slot() {
    return slot;
  }
}
