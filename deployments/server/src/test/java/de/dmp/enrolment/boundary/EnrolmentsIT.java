package de.dmp.enrolment.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.dmp.enrolment.entity.EnrolmentStatus;
import de.dmp.enrolment.entity.StatusChange;
import de.dmp.it.Deployments;
import de.dmp.it.TestData;
import de.dmp.it.TestData.Clinic;
import de.dmp.patient.boundary.NewPatient;
import de.dmp.patient.boundary.Patients;
import de.dmp.patient.entity.Sex;
import de.dmp.platform.entity.IllegalTransitionException;
import de.dmp.practice.entity.Practice;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Enrolment rules on the real database. */
@ExtendWith(ArquillianExtension.class)
class EnrolmentsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.applicationWith(EnrolmentsIT.class);
  }

  @jakarta.inject.Inject private Enrolments enrolments;
  @jakarta.inject.Inject private Patients patients;
  @jakarta.inject.Inject private TestData data;
  private Clinic clinic;

  @BeforeEach
  void openClinic() {
    clinic = data.clinic();
  }

  @Test
  void enrol_shouldCountThePatientAsEnrolledOnlyWithConsentAndInitialDocumentation() {
    clinic.asDoctor(
        () -> {
          var patient = data.insuredPatient();
          var enrolment =
              enrolments.enrol(TestData.request(patient, clinic.practice(), "DM2", "E11.9", null));
          assertThat(enrolment.getStatus()).isEqualTo(EnrolmentStatus.ENROLLED);
          assertThat(enrolment.getDmpCase().getCaseNumber()).matches("\\d{1,7}");

          data.documentInitially(enrolment);
          assertThat(enrolments.enrolment(enrolment.getId()).isParticipating()).isFalse();

          var active = enrolments.recordConsent(enrolment.getId(), TestData.STARTED);
          assertThat(active.getStatus()).isEqualTo(EnrolmentStatus.ACTIVE);
          assertThat(active.isParticipating()).isTrue();
          assertThat(active.getHistory())
              .extracting(StatusChange::getTo)
              .containsExactly(EnrolmentStatus.ENROLLED, EnrolmentStatus.ACTIVE);
        });
  }

  @Test
  void enrol_shouldRefuseAMutuallyExclusiveProgrammeAndOfferTheSwitch() {
    clinic.asDoctor(
        () -> {
          var patient = data.insuredPatient();
          Practice practice = clinic.practice();
          var dm1 = data.enrol(patient, practice, "DM1", "E10.9");

          assertThatThrownBy(() -> data.enrol(patient, practice, "DM2", "E11.9"))
              .isInstanceOfSatisfying(
                  ExcludedProgrammeException.class,
                  e -> {
                    assertThat(e.getConflictingEnrolmentId()).isEqualTo(dm1.getId());
                    assertThat(e.getMessage()).contains("DM1", "DM2", "switch");
                  });

          var request = TestData.request(patient, practice, "DM2", "E11.9", TestData.STARTED);
          var dm2 =
              enrolments.switchProgramme(
                  dm1.getId(),
                  new EnrolmentRequest(
                      request.patientId(),
                      request.practiceId(),
                      "DM2",
                      "E11.9",
                      TestData.DIAGNOSED,
                      TestData.STARTED,
                      request.interval(),
                      TestData.STARTED.plusDays(30)));
          assertThat(enrolments.enrolment(dm1.getId()).getStatus())
              .isEqualTo(EnrolmentStatus.ENDED);
          assertThat(dm2.getDmpCase().getCaseNumber()).isEqualTo(dm1.getDmpCase().getCaseNumber());
        });
  }

  @Test
  void enrol_shouldReuseTheCaseNumberOnReEnrolment() {
    clinic.asDoctor(
        () -> {
          var patient = data.insuredPatient();
          Practice practice = clinic.practice();
          var first = data.enrol(patient, practice, "ASTHMA", "J45.0");
          enrolments.changeStatus(
              first.getId(), EnrolmentStatus.ENDED, TestData.STARTED.plusMonths(3), "Umzug");

          var again =
              enrolments.enrol(
                  new EnrolmentRequest(
                      patient.getId(),
                      practice.getId(),
                      "ASTHMA",
                      "J45.0",
                      TestData.DIAGNOSED,
                      null,
                      de.dmp.programme.entity.DocumentationInterval.EVERY_SECOND_QUARTER,
                      TestData.STARTED.plusMonths(6)));

          assertThat(again.getId()).isNotEqualTo(first.getId());
          assertThat(again.getDmpCase().getCaseNumber())
              .isEqualTo(first.getDmpCase().getCaseNumber());
        });
  }

  @Test
  void enrol_shouldRefuseASecondOpenEnrolmentAndOverlappingReEnrolment() {
    clinic.asDoctor(
        () -> {
          var patient = data.insuredPatient();
          Practice practice = clinic.practice();
          var first = data.enrol(patient, practice, "COPD", "J44.9");

          assertThatThrownBy(() -> data.enrol(patient, practice, "COPD", "J44.9"))
              .isInstanceOf(EnrolmentRefusedException.class)
              .hasMessageContaining("already enrolled");

          enrolments.changeStatus(
              first.getId(), EnrolmentStatus.ENDED, TestData.STARTED, "Widerruf");
          assertThatThrownBy(() -> data.enrol(patient, practice, "COPD", "J44.9"))
              .isInstanceOf(EnrolmentRefusedException.class)
              .hasMessageContaining("must start after the previous enrolment ended");
        });
  }

  @Test
  void enrol_shouldRefuseADiagnosisThatDoesNotConfirmTheProgramme() {
    clinic.asDoctor(
        () -> {
          var patient = data.insuredPatient();

          assertThatThrownBy(() -> data.enrol(patient, clinic.practice(), "DM2", "E10.9"))
              .isInstanceOf(EnrolmentRefusedException.class)
              .hasMessageContaining("E11");
          assertThat(enrolments.forPatient(patient.getId())).isEmpty();
        });
  }

  @Test
  void enrol_shouldRefuseAPatientWithoutInsurance() {
    clinic.asDoctor(
        () -> {
          var patient =
              patients.register(
                  new NewPatient("Ohne", "Karte", LocalDate.of(1970, 1, 1), Sex.MALE));

          assertThatThrownBy(() -> data.enrol(patient, clinic.practice(), "DM2", "E11.9"))
              .isInstanceOf(EnrolmentRefusedException.class)
              .hasMessageContaining("insurance number");
        });
  }

  @Test
  void changeStatus_shouldRecordABackdatedExclusionWithItsReason() {
    clinic.asDoctor(
        () -> {
          var patient = data.insuredPatient();
          var enrolment =
              enrolments.enrol(
                  TestData.request(patient, clinic.practice(), "DM2", "E11.9", TestData.STARTED));
          data.documentInitially(enrolment);

          LocalDate lastDocumentation = TestData.STARTED.plusMonths(1);
          var excluded =
              enrolments.changeStatus(
                  enrolment.getId(),
                  EnrolmentStatus.EXCLUDED,
                  lastDocumentation,
                  "Zwei aufeinanderfolgende fehlende Folgedokumentationen");

          assertThat(excluded.getEndedOn()).isEqualTo(lastDocumentation);
          StatusChange last = excluded.getHistory().get(excluded.getHistory().size() - 1);
          assertThat(last.getReason()).startsWith("Zwei aufeinanderfolgende");
          assertThat(last.getEffectiveOn()).isEqualTo(lastDocumentation);
        });
  }

  @Test
  void changeStatus_shouldRefuseIllegalTransitions() {
    clinic.asDoctor(
        () -> {
          var enrolment = data.enrol(data.insuredPatient(), clinic.practice(), "KHK", "I25.1");

          assertThatThrownBy(
                  () ->
                      enrolments.changeStatus(
                          enrolment.getId(), EnrolmentStatus.SUSPENDED, TestData.STARTED, "Reha"))
              .isInstanceOf(IllegalTransitionException.class)
              .hasMessageContaining("ENROLLED cannot become SUSPENDED");
          enrolments.changeStatus(
              enrolment.getId(), EnrolmentStatus.ENDED, TestData.STARTED, "Tod");
          assertThatThrownBy(
                  () ->
                      enrolments.changeStatus(
                          enrolment.getId(), EnrolmentStatus.ACTIVE, TestData.STARTED, "Irrtum"))
              .isInstanceOf(IllegalTransitionException.class);
          assertThat(enrolments.enrolment(enrolment.getId()).getStatus())
              .isEqualTo(EnrolmentStatus.ENDED);
        });
  }
}
