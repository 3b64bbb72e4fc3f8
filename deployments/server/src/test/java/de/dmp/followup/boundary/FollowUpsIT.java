package de.dmp.followup.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.dmp.enrolment.entity.Enrolment;
import de.dmp.followup.entity.Appointment;
import de.dmp.followup.entity.AppointmentStatus;
import de.dmp.it.Deployments;
import de.dmp.it.TestData;
import de.dmp.it.TestData.Clinic;
import de.dmp.platform.boundary.NotFoundException;
import de.dmp.platform.entity.IllegalTransitionException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
  void planExamination_shouldBeBookedAndMarkedDone() {
    clinic.asDoctor(
        () -> {
          Appointment planned =
              followUps.planExamination(
                  enrolment.getId(), "foot-inspection", LocalDate.of(2026, 3, 1));
          assertThat(planned.getLabel()).isEqualTo("Komplette Inspektion der Füße");

          followUps.book(planned.getId(), LocalDateTime.of(2026, 2, 27, 9, 30));
          Appointment done = followUps.markDone(planned.getId());

          assertThat(done.getStatus()).isEqualTo(AppointmentStatus.DONE);
          assertThat(done.getScheduledAt()).isEqualTo(LocalDateTime.of(2026, 2, 27, 9, 30));
        });
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
