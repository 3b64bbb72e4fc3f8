package de.dmp.followup.boundary;

import de.dmp.followup.entity.Appointment;
import de.dmp.followup.entity.AppointmentKind;
import de.dmp.followup.entity.AppointmentStatus;
import de.dmp.followup.entity.EarlierTime;
import de.dmp.patient.entity.Patient;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A booked follow-up in the practice calendar, with whom it is for (labelled in German and English)
 * and the times it was moved from.
 */
public record CalendarEntry(
    long appointmentId,
    long patientId,
    String familyName,
    String givenName,
    String programmeCode,
    AppointmentKind kind,
    String label,
    String labelEn,
    AppointmentStatus status,
    LocalDateTime startsAt,
    LocalDateTime endsAt,
    List<LocalDateTime> earlierTimes)
    implements Serializable {

  CalendarEntry(Appointment appointment, Patient patient) {
    this(
        appointment.getId(),
        patient.getId(),
        patient.getFamilyName(),
        patient.getGivenName(),
        appointment.getEnrolment().getProgrammeCode(),
        appointment.getKind(),
        appointment.getLabel(),
        appointment.getLabelEn(),
        appointment.getStatus(),
        appointment.startsAt().orElseThrow(),
        appointment.endsAt().orElseThrow(),
        appointment.getEarlierTimes().stream().map(EarlierTime::getScheduledAt).toList());
  }

  public boolean isBooked() {
    return status == AppointmentStatus.BOOKED;
  }

  /** Whether it has begun, so that it can be marked done or missed ({@link Appointment}). */
  public boolean hasBegun(Instant now) {
    return Appointment.hasBegun(startsAt, now);
  }

  /** The same entry once its state changed, e.g. to MISSED. */
  public CalendarEntry withStatus(AppointmentStatus changed) {
    return new CalendarEntry(
        appointmentId,
        patientId,
        familyName,
        givenName,
        programmeCode,
        kind,
        label,
        labelEn,
        changed,
        startsAt,
        endsAt,
        earlierTimes);
  }
}
