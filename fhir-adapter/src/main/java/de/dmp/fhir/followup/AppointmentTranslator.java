package de.dmp.fhir.followup;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import de.dmp.followup.entity.Appointment;
import de.dmp.followup.entity.AppointmentStatus;
import de.dmp.platform.time.ClockProducer;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.hl7.fhir.r4.model.Appointment.ParticipantRequired;
import org.hl7.fhir.r4.model.Appointment.ParticipationStatus;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Reference;

/**
 * A follow-up (documentation, control examination, training) as Appointment, same id: proposed
 * while only planned, with the day it is due as the end of {@code requestedPeriod}; booked,
 * fulfilled, noshow or cancelled after. Start and end are its slot in the calendar ({@link
 * Appointment#startsAt()}, {@link de.dmp.followup.entity.AppointmentKind#slot()}), in Berlin time.
 */
public final class AppointmentTranslator {

  static final String APPOINTMENT_TYPES = "http://terminology.hl7.org/CodeSystem/v2-0276";
  static final String FOLLOW_UPS = "urn:dmp-records:follow-up:";

  private static final TimeZone BERLIN = TimeZone.getTimeZone(ClockProducer.BERLIN);

  private static final Map<AppointmentStatus, org.hl7.fhir.r4.model.Appointment.AppointmentStatus>
      STATUS =
          Map.of(
              AppointmentStatus.PLANNED,
                  org.hl7.fhir.r4.model.Appointment.AppointmentStatus.PROPOSED,
              AppointmentStatus.BOOKED, org.hl7.fhir.r4.model.Appointment.AppointmentStatus.BOOKED,
              AppointmentStatus.DONE, org.hl7.fhir.r4.model.Appointment.AppointmentStatus.FULFILLED,
              AppointmentStatus.MISSED, org.hl7.fhir.r4.model.Appointment.AppointmentStatus.NOSHOW,
              AppointmentStatus.CANCELLED,
                  org.hl7.fhir.r4.model.Appointment.AppointmentStatus.CANCELLED);

  private AppointmentTranslator() {}

  /** The FHIR status of a follow-up in a state, for searches by {@code status}. */
  public static org.hl7.fhir.r4.model.Appointment.AppointmentStatus status(
      AppointmentStatus status) {
    return STATUS.get(status);
  }

  /** The follow-up with its label in the language asked for ({@link de.dmp.fhir.Language}). */
  public static org.hl7.fhir.r4.model.Appointment toFhirResource(
      Appointment followUp, Locale language) {
    var resource = new org.hl7.fhir.r4.model.Appointment();
    resource.setId(String.valueOf(followUp.getId()));
    resource.getMeta().setVersionId(String.valueOf(followUp.getVersion()));
    resource.getMeta().setLastUpdated(Date.from(followUp.getUpdatedAt()));
    resource.setStatus(status(followUp.getStatus()));
    resource.setAppointmentType(
        new CodeableConcept(new Coding(APPOINTMENT_TYPES, "FOLLOWUP", "A follow up visit")));
    String kind = followUp.getKind().name().toLowerCase(Locale.ROOT);
    String label = followUp.label(language);
    resource.addServiceType(
        new CodeableConcept(new Coding(FOLLOW_UPS + kind, followUp.getCode(), label))
            .setText(label));
    resource.setDescription(label);
    resource.addRequestedPeriod().setEndElement(new DateTimeType(followUp.getDueOn().toString()));
    followUp.startsAt().ifPresent(start -> resource.setStartElement(instant(start)));
    followUp.endsAt().ifPresent(end -> resource.setEndElement(instant(end)));
    if (followUp.startsAt().isPresent()) {
      resource.setMinutesDuration((int) followUp.getKind().slot().toMinutes());
    }
    resource
        .addParticipant()
        .setActor(new Reference("Patient/" + followUp.getEnrolment().getPatient().getId()))
        .setRequired(ParticipantRequired.REQUIRED)
        .setStatus(
            followUp.startsAt().isPresent()
                ? ParticipationStatus.ACCEPTED
                : ParticipationStatus.NEEDSACTION);
    resource.addSupportingInformation(
        new Reference("EpisodeOfCare/" + followUp.getEnrolment().getId()));
    return resource;
  }

  private static InstantType instant(LocalDateTime berlinTime) {
    return new InstantType(
        Date.from(berlinTime.atZone(ClockProducer.BERLIN).toInstant()),
        TemporalPrecisionEnum.SECOND,
        BERLIN);
  }
}
