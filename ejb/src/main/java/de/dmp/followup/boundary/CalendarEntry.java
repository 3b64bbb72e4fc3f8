package de.dmp.followup.boundary;

import de.dmp.followup.entity.Appointment;
import de.dmp.followup.entity.AppointmentKind;
import de.dmp.followup.entity.AppointmentStatus;
import de.dmp.patient.entity.Patient;
import java.io.Serializable;
import java.time.LocalDateTime;

/** A booked follow-up in the practice calendar, with whom it is for. */
public record CalendarEntry(
    long appointmentId,
    long patientId,
    String familyName,
    String givenName,
    String programmeCode,
    AppointmentKind kind,
    String label,
    AppointmentStatus status,
    LocalDateTime startsAt,
    LocalDateTime endsAt)
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
        appointment.getStatus(),
        appointment.startsAt().orElseThrow(),
        appointment.endsAt().orElseThrow());
  }

  public boolean isBooked() {
    return status == AppointmentStatus.BOOKED;
  }
}
