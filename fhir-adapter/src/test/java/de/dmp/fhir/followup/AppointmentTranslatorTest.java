package de.dmp.fhir.followup;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.enrolment.entity.Enrolment;
import de.dmp.fhir.conformance.Conformance;
import de.dmp.fhir.conformance.Fixtures;
import de.dmp.fhir.conformance.Stored;
import de.dmp.followup.entity.Appointment;
import de.dmp.followup.entity.AppointmentKind;
import de.dmp.programme.control.ProgrammeCatalogue;
import de.dmp.programme.entity.ProgrammeDefinition;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.hl7.fhir.r4.model.Appointment.AppointmentStatus;
import org.hl7.fhir.r4.model.Appointment.ParticipationStatus;
import org.junit.jupiter.api.Test;

class AppointmentTranslatorTest {

  private static final ProgrammeDefinition DM2 =
      ProgrammeCatalogue.load(AppointmentTranslatorTest.class.getClassLoader())
          .current("DM2", LocalDate.of(2026, 11, 23))
          .orElseThrow();

  private static Appointment training() {
    Enrolment enrolment =
        Fixtures.enrolment(Fixtures.patient(42L), Fixtures.practice(), DM2, "E11.9", 99L);
    var training =
        new Appointment(
            enrolment,
            AppointmentKind.TRAINING,
            "diabetes-training",
            "Diabetes-Schulung",
            "Diabetes training",
            LocalDate.of(2026, 12, 31),
            Fixtures.NOW);
    Stored.with(training, "id", 5L);
    return Stored.with(training, "version", 2L);
  }

  @Test
  void planned_shouldBeProposedWithTheDueDayAndNoSlot() {
    var resource = AppointmentTranslator.toFhirResource(training(), Locale.GERMAN);

    assertThat(resource.getIdElement().getIdPart()).isEqualTo("5");
    assertThat(resource.getMeta().getVersionId()).isEqualTo("2");
    assertThat(resource.getStatus()).isEqualTo(AppointmentStatus.PROPOSED);
    assertThat(resource.getRequestedPeriodFirstRep().getEndElement().getValueAsString())
        .isEqualTo("2026-12-31");
    assertThat(resource.hasStart()).isFalse();
    assertThat(resource.getServiceTypeFirstRep().getCodingFirstRep().getCode())
        .isEqualTo("diabetes-training");
    assertThat(resource.getParticipantFirstRep().getActor().getReference()).isEqualTo("Patient/42");
    assertThat(resource.getParticipantFirstRep().getStatus())
        .isEqualTo(ParticipationStatus.NEEDSACTION);
    assertThat(resource.getSupportingInformationFirstRep().getReference())
        .isEqualTo("EpisodeOfCare/99");
    assertThat(resource.getDescription()).isEqualTo("Diabetes-Schulung");
    assertThat(Conformance.errors(resource)).isEmpty();
  }

  @Test
  void aReaderAskingForEnglish_shouldGetTheEnglishLabel() {
    var resource = AppointmentTranslator.toFhirResource(training(), Locale.ENGLISH);

    assertThat(resource.getDescription()).isEqualTo("Diabetes training");
    assertThat(resource.getServiceTypeFirstRep().getText()).isEqualTo("Diabetes training");
  }

  @Test
  void booked_shouldTakeItsSlotInBerlinTime() {
    Appointment training = training();
    training.book(LocalDateTime.of(2026, 12, 3, 14, 0), false, Fixtures.NOW);

    var resource = AppointmentTranslator.toFhirResource(training, Locale.GERMAN);

    assertThat(resource.getStatus()).isEqualTo(AppointmentStatus.BOOKED);
    assertThat(resource.getStartElement().getValueAsString())
        .isEqualTo("2026-12-03T14:00:00+01:00");
    assertThat(resource.getEndElement().getValueAsString()).isEqualTo("2026-12-03T15:30:00+01:00");
    assertThat(resource.getMinutesDuration()).isEqualTo(90);
    assertThat(resource.getParticipantFirstRep().getStatus())
        .isEqualTo(ParticipationStatus.ACCEPTED);
    assertThat(Conformance.errors(resource)).isEmpty();
  }

  /** R4's app-3: a fulfilled or no-show appointment has start and end. */
  @Test
  void missedWithoutBooking_shouldBeANoShowAtTheTimeItWasMarked() {
    Appointment training = training();
    training.markMissed(Instant.parse("2027-01-04T08:30:00Z"));

    var resource = AppointmentTranslator.toFhirResource(training, Locale.GERMAN);

    assertThat(resource.getStatus()).isEqualTo(AppointmentStatus.NOSHOW);
    assertThat(resource.getStartElement().getValueAsString())
        .isEqualTo("2027-01-04T09:30:00+01:00");
    assertThat(Conformance.errors(resource)).isEmpty();
  }

  @Test
  void cancelledUnbooked_shouldHaveNoSlot() {
    Appointment training = training();
    training.cancel(Fixtures.NOW);

    var resource = AppointmentTranslator.toFhirResource(training, Locale.GERMAN);

    assertThat(resource.getStatus()).isEqualTo(AppointmentStatus.CANCELLED);
    assertThat(resource.hasStart()).isFalse();
    assertThat(Conformance.errors(resource)).isEmpty();
  }
}
