package de.dmp.followup.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.dmp.enrolment.entity.DmpCase;
import de.dmp.enrolment.entity.Enrolment;
import de.dmp.patient.entity.Patient;
import de.dmp.patient.entity.Sex;
import de.dmp.platform.entity.IllegalTransitionException;
import de.dmp.practice.entity.Practice;
import de.dmp.programme.control.ProgrammeCatalogueFixture;
import de.dmp.programme.entity.DocumentationInterval;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class AppointmentTest {

  /** 10:00 in Berlin on Monday, 7 December 2026. */
  private static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

  private static final LocalDateTime TOMORROW_NINE = LocalDateTime.of(2026, 12, 8, 9, 0);

  private static Appointment examination() {
    return new Appointment(
        enrolment(),
        AppointmentKind.EXAMINATION,
        "foot-inspection",
        "Komplette Inspektion der Füße",
        "Complete foot inspection",
        LocalDate.of(2026, 12, 31),
        NOW);
  }

  private static Enrolment enrolment() {
    var patient = new Patient("Schulz", "Anna", LocalDate.of(1950, 1, 1), Sex.FEMALE);
    var practice = new Practice("123456789", "Praxis", "Nordrhein");
    return new Enrolment(
        patient,
        practice,
        new DmpCase(patient, practice, NOW),
        ProgrammeCatalogueFixture.current("DM2"),
        new Enrolment.Diagnosis("E11.9", LocalDate.of(2024, 6, 1)),
        DocumentationInterval.QUARTERLY,
        LocalDate.of(2025, 1, 15),
        NOW);
  }

  @Test
  void anUnbookedDocumentationOfAQuarterThatIsOver_shouldMoveOnToTheCurrentQuarter() {
    Enrolment enrolment = enrolment();
    enrolment.recordInitialDocumentation(LocalDate.of(2025, 1, 15), NOW);
    Appointment third = Appointment.documentation(enrolment, LocalDate.of(2026, 7, 1), NOW);
    assertThat(third.label(Locale.GERMAN)).isEqualTo("Folgedokumentation 3/2026");

    third.moveOnTo(LocalDate.of(2026, 12, 7), NOW);

    assertThat(third.label(Locale.GERMAN)).isEqualTo("Folgedokumentation 4/2026");
    assertThat(third.label(Locale.ENGLISH)).isEqualTo("Follow-up documentation 4/2026");
    assertThat(third.getDueOn()).isEqualTo(LocalDate.of(2026, 12, 7));
  }

  @Test
  void aBookedOrCurrentFollowUp_shouldNotMoveOn() {
    Enrolment enrolment = enrolment();
    enrolment.recordInitialDocumentation(LocalDate.of(2025, 1, 15), NOW);
    Appointment fourth = Appointment.documentation(enrolment, LocalDate.of(2026, 10, 1), NOW);
    Appointment booked = Appointment.documentation(enrolment, LocalDate.of(2026, 7, 1), NOW);
    booked.book(LocalDateTime.of(2026, 9, 30, 9, 0), true, NOW);
    Appointment foot = examination();

    for (Appointment followUp : new Appointment[] {fourth, booked, foot}) {
      LocalDate due = followUp.getDueOn();
      followUp.moveOnTo(LocalDate.of(2026, 12, 7), NOW);
      assertThat(followUp.getDueOn()).isEqualTo(due);
    }
    assertThat(booked.label(Locale.GERMAN)).isEqualTo("Folgedokumentation 3/2026");
  }

  @Test
  void aDocumentationFollowUp_shouldBeLabelledInBothLanguages() {
    Appointment initial = Appointment.documentation(enrolment(), LocalDate.of(2026, 12, 1), NOW);

    assertThat(initial.label(Locale.GERMAN)).isEqualTo("Erstdokumentation");
    assertThat(initial.label(Locale.ENGLISH)).isEqualTo("Initial documentation");
    assertThat(examination().label(Locale.GERMAN)).isEqualTo("Komplette Inspektion der Füße");
    assertThat(examination().label(Locale.ENGLISH)).isEqualTo("Complete foot inspection");
  }

  @Test
  void book_shouldRefuseATimeAlreadyPastInBerlin() {
    var appointment = examination();

    assertThatThrownBy(() -> appointment.book(LocalDateTime.of(2026, 12, 7, 9, 55), false, NOW))
        .isInstanceOf(IllegalTransitionException.class)
        .satisfies(
            refusal ->
                assertThat(((IllegalTransitionException) refusal).message(Locale.GERMAN))
                    .startsWith("Diese Zeit ist schon vorbei")
                    .contains("„Nachtrag“"))
        .hasMessageStartingWith("This time has already passed");
    assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.PLANNED);
    assertThat(appointment.getScheduledAt()).isNull();
  }

  @Test
  void book_shouldTakeTheCurrentMinuteAndATimeToCome() {
    var appointment = examination();

    appointment.book(LocalDateTime.of(2026, 12, 7, 10, 0), false, NOW);

    assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.BOOKED);
    assertThat(appointment.getEarlierTimes()).isEmpty();
  }

  @Test
  void bookAfterwards_shouldRecordAPastTimeThatCanThenBeMarkedDone() {
    var appointment = examination();
    LocalDateTime lastMonday = LocalDateTime.of(2026, 11, 30, 8, 30);

    appointment.book(lastMonday, true, NOW);
    appointment.markDone(NOW);

    assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.DONE);
    assertThat(appointment.startsAt()).contains(lastMonday);
  }

  @Test
  void book_shouldMoveABookedTimeAndKeepTheEarlierOnes() {
    var appointment = examination();
    Instant later = NOW.plusSeconds(3600);
    appointment.book(TOMORROW_NINE, false, NOW);

    appointment.book(TOMORROW_NINE.plusDays(1), false, later);
    appointment.book(TOMORROW_NINE.plusDays(2), false, later.plusSeconds(60));

    assertThat(appointment.getScheduledAt()).isEqualTo(TOMORROW_NINE.plusDays(2));
    assertThat(appointment.getEarlierTimes())
        .extracting(EarlierTime::getScheduledAt, EarlierTime::getMovedAt)
        .containsExactly(
            Tuple.tuple(TOMORROW_NINE, later),
            Tuple.tuple(TOMORROW_NINE.plusDays(1), later.plusSeconds(60)));
  }

  @Test
  void book_shouldChangeNothingWhenMovedToTheTimeItIsBookedFor() {
    var appointment = examination();
    appointment.book(TOMORROW_NINE, false, NOW);
    long version = appointment.getVersion();

    appointment.book(TOMORROW_NINE, false, NOW.plusSeconds(3600));

    assertThat(appointment.getScheduledAt()).isEqualTo(TOMORROW_NINE);
    assertThat(appointment.getEarlierTimes()).isEmpty();
    assertThat(appointment.getUpdatedAt()).isEqualTo(NOW);
    assertThat(appointment.getVersion()).isEqualTo(version);
  }

  @Test
  void again_shouldBeTheSameFollowUpToArrangeDueAtOnceOrSinceItsDueDay() {
    var missed = examination();
    missed.book(TOMORROW_NINE, false, NOW);
    Instant afterwards = Instant.parse("2026-12-08T09:00:00Z");
    missed.markMissed(afterwards);

    Appointment again = missed.again(afterwards);
    assertThat(again.getStatus()).isEqualTo(AppointmentStatus.PLANNED);
    assertThat(again.getScheduledAt()).isNull();
    assertThat(again.isOpenFor(AppointmentKind.EXAMINATION, "foot-inspection")).isTrue();
    assertThat(again.label(Locale.ENGLISH)).isEqualTo("Complete foot inspection");
    assertThat(again.getDueOn()).isEqualTo(LocalDate.of(2026, 12, 8));
    assertThat(missed.again(Instant.parse("2027-02-01T09:00:00Z")).getDueOn())
        .isEqualTo(LocalDate.of(2026, 12, 31));
  }

  @Test
  void hasBegun_shouldBeTrueFromTheBookedMinuteInBerlinOn() {
    assertThat(Appointment.hasBegun(TOMORROW_NINE, Instant.parse("2026-12-08T07:59:59Z")))
        .isFalse();
    assertThat(Appointment.hasBegun(TOMORROW_NINE, Instant.parse("2026-12-08T08:00:00Z"))).isTrue();
  }

  @Test
  void book_shouldRefuseMovingToAPastTimeAndKeepTheBookedOne() {
    var appointment = examination();
    appointment.book(TOMORROW_NINE, false, NOW);

    assertThatThrownBy(() -> appointment.book(LocalDateTime.of(2026, 12, 1, 9, 0), false, NOW))
        .isInstanceOf(IllegalTransitionException.class);
    assertThat(appointment.getScheduledAt()).isEqualTo(TOMORROW_NINE);
    assertThat(appointment.getEarlierTimes()).isEmpty();
  }

  @Test
  void markDoneOrMissed_shouldBeRefusedBeforeTheStartAndTakenFromItOn() {
    var appointment = examination();
    appointment.book(TOMORROW_NINE, false, NOW);

    assertThatThrownBy(() -> appointment.markMissed(NOW))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("A follow-up can be marked done or missed only once it has begun.");
    assertThatThrownBy(() -> appointment.markDone(Instant.parse("2026-12-08T07:59:59Z")))
        .isInstanceOf(IllegalTransitionException.class);
    assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.BOOKED);

    appointment.markMissed(Instant.parse("2026-12-08T08:00:00Z"));
    assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.MISSED);
  }

  @Test
  void markDoneOrMissed_shouldRefuseAFollowUpNotBookedBeforeItsDueDay() {
    var appointment = examination();

    assertThatThrownBy(() -> appointment.markMissed(NOW))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage(
            "A follow-up that is not booked can be marked done or missed only from its due day"
                + " (31 Dec 2026) onwards.")
        .satisfies(
            refusal ->
                assertThat(((IllegalTransitionException) refusal).message(Locale.GERMAN))
                    .contains("Fälligkeitstag (31.12.2026)"));
    assertThatThrownBy(() -> appointment.markDone(Instant.parse("2026-12-30T22:59:59Z")))
        .isInstanceOf(IllegalTransitionException.class);
    assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.PLANNED);
  }

  @Test
  void markDoneOrMissed_shouldTakeAFollowUpNotBookedFromItsDueDayInBerlinOn() {
    var done = examination();
    var missed = examination();

    done.markDone(Instant.parse("2026-12-30T23:00:00Z"));
    missed.markMissed(Instant.parse("2027-01-15T09:00:00Z"));

    assertThat(done.getStatus()).isEqualTo(AppointmentStatus.DONE);
    assertThat(missed.getStatus()).isEqualTo(AppointmentStatus.MISSED);
  }

  @Test
  void documented_shouldCloseABookedFollowUpBeforeItsTime() {
    var appointment = examination();
    appointment.book(TOMORROW_NINE, false, NOW);

    appointment.documented(NOW);

    assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.DONE);
  }

  @Test
  void book_shouldRefuseAClosedFollowUp() {
    var appointment = examination();
    appointment.cancel(NOW);

    assertThatThrownBy(() -> appointment.book(TOMORROW_NINE, false, NOW))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("CANCELLED cannot become BOOKED");
  }
}
