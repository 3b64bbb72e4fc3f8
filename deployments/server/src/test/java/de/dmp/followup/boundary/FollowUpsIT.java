package de.dmp.followup.boundary;

import static java.time.temporal.ChronoUnit.MINUTES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.dmp.documentation.boundary.Documentations;
import de.dmp.documentation.boundary.ProgrammeDocumentation;
import de.dmp.documentation.boundary.VisitDocumentation;
import de.dmp.enrolment.boundary.Enrolments;
import de.dmp.enrolment.entity.EndReason;
import de.dmp.enrolment.entity.Enrolment;
import de.dmp.followup.entity.Appointment;
import de.dmp.followup.entity.AppointmentKind;
import de.dmp.followup.entity.AppointmentStatus;
import de.dmp.followup.entity.EarlierTime;
import de.dmp.it.Deployments;
import de.dmp.it.TestData;
import de.dmp.it.TestData.Clinic;
import de.dmp.platform.boundary.NotFoundException;
import de.dmp.platform.entity.IllegalTransitionException;
import de.dmp.platform.time.ClockProducer;
import de.dmp.platform.time.Quarter;
import de.dmp.programme.entity.DocumentType;
import de.dmp.rules.boundary.RecallEntry;
import de.dmp.rules.boundary.Verdicts;
import de.dmp.rules.boundary.Worklists;
import de.dmp.rules.entity.Verdict;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Scheduling and recording examinations and trainings on the real database. */
@ExtendWith(ArquillianExtension.class)
class FollowUpsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.applicationWith(FollowUpsIT.class);
  }

  @Inject private FollowUps followUps;
  @Inject private TestData data;
  @Inject private Documentations documentations;
  @Inject private Worklists worklists;
  @Inject private Enrolments enrolments;
  @Inject private Verdicts verdicts;

  private Enrolment enrolment;

  private Clinic clinic;

  @BeforeEach
  void enrol() {
    clinic = data.clinic();
    clinic.asDoctor(
        () -> {
          enrolment = data.enrol(data.insuredPatient(), clinic.practice(), "DM2", "E11.9");
        });
  }

  @Test
  void documentVisit_shouldCloseTheExaminationItShowsAndPlanTheNextOnTheDayTheChartNames() {
    LocalDate today = LocalDate.now(ClockProducer.BERLIN);
    clinic.asDoctor(
        () -> {
          Map<String, String> initial = data.sample(enrolment, DocumentType.ED, TestData.STARTED);
          initial.remove("egfr");
          initial.remove("egfr-not-determined");
          document(TestData.STARTED, initial);
          Map<String, String> measured = data.sample(enrolment, DocumentType.FD, today);
          measured.remove("egfr-not-determined");
          measured.put("egfr", "58");
          document(today, measured);

          assertThat(followUps.forEnrolment(enrolment.getId()))
              .filteredOn(a -> a.getCode().equals("egfr"))
              .extracting(Appointment::getDueOn, Appointment::getStatus)
              .containsExactly(
                  tuple(TestData.STARTED.plusMonths(12), AppointmentStatus.DONE),
                  tuple(today.plusMonths(12), AppointmentStatus.PLANNED));
          Verdict egfr =
              verdicts.forEnrolment(enrolment.getId(), today).stream()
                  .filter(v -> "egfr".equals(v.subject()))
                  .findFirst()
                  .orElseThrow();
          assertThat(egfr.dueOn()).isEqualTo(today.plusMonths(12));
        });
    clinic.asStaff(
        () ->
            assertThat(worklists.recall(enrolment.getPractice().getId(), 366))
                .filteredOn(e -> e.patientId() == enrolment.getPatient().getId())
                .filteredOn(e -> e.label().equals("eGFR-Bestimmung"))
                .extracting(RecallEntry::dueOn)
                .as("the recall list asks for the next measurement, not the one documented")
                .containsExactly(today.plusMonths(12)));
  }

  private void document(LocalDate on, Map<String, String> values) {
    documentations.documentVisit(
        new VisitDocumentation(
            enrolment.getPatient().getId(),
            null,
            on,
            List.of(new ProgrammeDocumentation(enrolment.getId(), values))));
  }

  @Test
  void planExamination_shouldBeBookedAndMarkedDone() {
    clinic.asDoctor(
        () -> {
          Appointment planned =
              followUps.planExamination(
                  enrolment.getId(), "foot-inspection", LocalDate.of(2026, 3, 1));
          assertThat(planned.getLabel()).isEqualTo("Komplette Inspektion der Füße");

          followUps.book(planned.getId(), LocalDateTime.of(2026, 2, 27, 9, 30), true);
          Appointment done = followUps.markDone(planned.getId());

          assertThat(done.getStatus()).isEqualTo(AppointmentStatus.DONE);
          assertThat(done.getScheduledAt()).isEqualTo(LocalDateTime.of(2026, 2, 27, 9, 30));
        });
  }

  @Test
  void markDoneOrMissed_shouldRefuseAFollowUpNotBookedBeforeItsDueDayAndStoreNothing() {
    clinic.asStaff(
        () -> {
          LocalDate inTwoDays = LocalDate.now(ClockProducer.BERLIN).plusDays(2);
          long planned =
              followUps.planExamination(enrolment.getId(), "eye-exam", inTwoDays).getId();

          assertThatThrownBy(() -> followUps.markMissed(planned))
              .isInstanceOf(IllegalTransitionException.class)
              .hasMessageContaining("only from its due day");
          assertThatThrownBy(() -> followUps.markDone(planned))
              .isInstanceOf(IllegalTransitionException.class);
          assertThat(followUps.followUp(planned).getStatus()).isEqualTo(AppointmentStatus.PLANNED);
        });
  }

  @Test
  void toArrange_shouldPlanAFollowUpOnceAndThenOfferTheSameOne() {
    clinic.asDoctor(
        () -> {
          LocalDate due = Quarter.of(LocalDate.now(ClockProducer.BERLIN)).end();
          Appointment documentation = followUps.documentationToArrange(enrolment.getId(), due);
          assertThat(documentation.getKind()).isEqualTo(AppointmentKind.DOCUMENTATION);
          assertThat(documentation.getLabel()).isEqualTo("Erstdokumentation");
          assertThat(documentation.getDueOn()).isEqualTo(due);
          assertThat(followUps.documentationToArrange(enrolment.getId(), null).getId())
              .isEqualTo(documentation.getId());

          Appointment foot =
              followUps.examinationToArrange(enrolment.getId(), "foot-inspection", null);
          assertThat(foot.getDueOn()).isEqualTo(LocalDate.now(ClockProducer.BERLIN));
          assertThat(
                  followUps.examinationToArrange(enrolment.getId(), "foot-inspection", due).getId())
              .isEqualTo(foot.getId());
          assertThat(followUps.forEnrolment(enrolment.getId())).hasSize(2);
        });
  }

  @Test
  void toArrange_aDocumentationOfAQuarterThatIsOver_shouldBeDueNow() {
    clinic.asDoctor(
        () -> {
          LocalDate today = LocalDate.now(ClockProducer.BERLIN);
          Appointment documentation =
              followUps.documentationToArrange(enrolment.getId(), Quarter.of(today).plus(-1).end());

          assertThat(followUps.followUp(documentation.getId()).getDueOn()).isEqualTo(today);
        });
  }

  @Test
  void book_shouldRefuseAPastTimeUnlessRecordedAfterwardsAndStoreNothing() {
    clinic.asStaff(
        () -> {
          Appointment planned =
              followUps.planExamination(enrolment.getId(), "eye-exam", LocalDate.now().plusDays(9));
          LocalDateTime yesterday = LocalDateTime.now(ClockProducer.BERLIN).minusDays(1);

          assertThatThrownBy(() -> followUps.book(planned.getId(), yesterday, false))
              .isInstanceOf(IllegalTransitionException.class)
              .hasMessageStartingWith("This time has already passed");
          assertThat(followUps.followUp(planned.getId()).getStatus())
              .isEqualTo(AppointmentStatus.PLANNED);
        });
  }

  @Test
  void book_shouldMoveABookedFollowUpAndKeepItsEarlierTime() {
    LocalDateTime tomorrow =
        LocalDateTime.now(ClockProducer.BERLIN).plusDays(1).withHour(9).truncatedTo(MINUTES);
    long id =
        TestData.as(
            clinic.staff(),
            () -> {
              long planned =
                  followUps
                      .planExamination(enrolment.getId(), "eye-exam", LocalDate.now().plusDays(9))
                      .getId();
              followUps.book(planned, tomorrow, false);
              followUps.book(planned, tomorrow.plusDays(2), false);
              return planned;
            });

    clinic.asStaff(
        () -> {
          Appointment moved = followUps.followUp(id);
          assertThat(moved.getScheduledAt()).isEqualTo(tomorrow.plusDays(2));
          assertThat(moved.getEarlierTimes())
              .extracting(EarlierTime::getScheduledAt)
              .containsExactly(tomorrow);
          assertThatThrownBy(() -> followUps.markMissed(id))
              .isInstanceOf(IllegalTransitionException.class)
              .hasMessageContaining("only once it has begun");
          assertThat(followUps.followUp(id).getStatus()).isEqualTo(AppointmentStatus.BOOKED);
        });
  }

  @Test
  void recall_shouldLeaveOutTheFollowUpsOfAnEndedEnrolment() {
    LocalDate dueOn = LocalDate.now(ClockProducer.BERLIN).minusDays(3);
    clinic.asDoctor(
        () -> {
          followUps.planExamination(enrolment.getId(), "eye-exam", dueOn);
          enrolments.end(
              enrolment.getId(),
              EndReason.PATIENTS_WISH,
              LocalDate.now(ClockProducer.BERLIN),
              null);
        });
    clinic.asStaff(
        () ->
            assertThat(worklists.recall(enrolment.getPractice().getId(), 366))
                .as("nobody to call for a patient who left the programme")
                .noneMatch(e -> e.patientId() == enrolment.getPatient().getId()));
  }

  @Test
  void markMissed_shouldMakeTheTrainingVisibleAsMissedForThePractice() {
    clinic.asDoctor(
        () -> {
          Appointment training =
              followUps.planTraining(
                  enrolment.getId(), "diabetes-training", LocalDate.of(2025, 6, 1));

          followUps.markMissed(training.getId());

          assertThat(
                  followUps.forPractice(enrolment.getPractice().getId(), AppointmentStatus.MISSED))
              .extracting(Appointment::getId)
              .containsExactly(training.getId());
        });
  }

  @Test
  void markMissed_shouldPutTheFollowUpBackOnTheRecallListOnce() {
    LocalDate dueOn = LocalDate.now(ClockProducer.BERLIN).minusDays(3);
    clinic.asStaff(
        () -> {
          long eye = followUps.planExamination(enrolment.getId(), "eye-exam", dueOn).getId();
          followUps.book(eye, dueOn.atTime(9, 0), true);

          followUps.markMissed(eye);

          List<RecallEntry> recalled =
              worklists.recall(enrolment.getPractice().getId(), 14).stream()
                  .filter(e -> e.patientId() == enrolment.getPatient().getId())
                  .toList();
          assertThat(recalled)
              .singleElement()
              .satisfies(
                  e -> {
                    assertThat(e.appointmentId()).isNotEqualTo(eye);
                    assertThat(e.label()).isEqualTo("Ophthalmologische Netzhautuntersuchung");
                    assertThat(e.dueOn()).isEqualTo(dueOn);
                    assertThat(e.overdue()).isTrue();
                  });
          assertThat(followUps.toArrangeAgain(eye).getId())
              .isEqualTo(recalled.get(0).appointmentId());
          assertThat(followUps.followUp(eye).getStatus()).isEqualTo(AppointmentStatus.MISSED);
        });
  }

  @Test
  void markDone_shouldRefuseAFollowUpThatIsAlreadyClosed() {
    clinic.asDoctor(
        () -> {
          Appointment planned =
              followUps.planExamination(enrolment.getId(), "eye-exam", LocalDate.of(2026, 3, 1));
          followUps.cancel(planned.getId());

          assertThatThrownBy(() -> followUps.markDone(planned.getId()))
              .isInstanceOf(IllegalTransitionException.class)
              .hasMessageContaining("CANCELLED cannot become DONE");
        });
  }

  @Test
  void planExamination_shouldRefuseAnExaminationTheProgrammeDoesNotHave() {
    clinic.asDoctor(
        () -> {
          assertThatThrownBy(
                  () ->
                      followUps.planExamination(
                          enrolment.getId(), "fev1", LocalDate.of(2026, 3, 1)))
              .isInstanceOf(NotFoundException.class)
              .hasMessageContaining("fev1");
          assertThat(followUps.forEnrolment(enrolment.getId())).isEmpty();
        });
  }
}
