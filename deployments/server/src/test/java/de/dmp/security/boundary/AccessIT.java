package de.dmp.security.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.dmp.audit.boundary.AuditLog;
import de.dmp.audit.entity.AuditAction;
import de.dmp.audit.entity.AuditEvent;
import de.dmp.demo.boundary.DemoData;
import de.dmp.documentation.boundary.Documentations;
import de.dmp.documentation.boundary.ProgrammeDocumentation;
import de.dmp.documentation.boundary.VisitDocumentation;
import de.dmp.documentation.entity.Documentation;
import de.dmp.enrolment.boundary.Enrolments;
import de.dmp.enrolment.entity.Enrolment;
import de.dmp.enrolment.entity.EnrolmentStatus;
import de.dmp.followup.boundary.FollowUps;
import de.dmp.it.Deployments;
import de.dmp.it.TestData;
import de.dmp.it.TestData.Clinic;
import de.dmp.patient.boundary.ErasureReason;
import de.dmp.patient.boundary.NewPatient;
import de.dmp.patient.boundary.Patients;
import de.dmp.patient.entity.Patient;
import de.dmp.patient.entity.PatientSearch;
import de.dmp.patient.entity.Sex;
import de.dmp.platform.entity.IllegalTransitionException;
import de.dmp.practice.boundary.Practices;
import de.dmp.practice.entity.Insurer;
import de.dmp.programme.entity.DocumentType;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The role × use case × own/other matrix at the boundaries, on the real database: what each role
 * may do with its own practice's or insurer's patients, that everything else is refused, and the
 * audit trail that both leave.
 */
@ExtendWith(ArquillianExtension.class)
class AccessIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.applicationWith(AccessIT.class);
  }

  @Inject private TestData data;
  @Inject private Patients patients;
  @Inject private Enrolments enrolments;
  @Inject private FollowUps followUps;
  @Inject private Practices practices;
  @Inject private AuditLog auditLog;
  @Inject private Documentations documentations;
  @Inject private Users users;

  private Clinic own;
  private Clinic other;
  private Insurer insurer;
  private Patient patient;
  private Enrolment enrolment;

  @BeforeEach
  void enrolAPatientWithConsent() {
    own = data.clinic();
    other = data.clinic();
    insurer = data.insurer();
    own.asDoctor(
        () -> {
          patient = data.insuredPatient(insurer);
          enrolment = data.enrol(patient, own.practice(), "DM2", "E11.9");
        });
  }

  private List<AuditEvent> trail() {
    return TestData.as(DemoData.ADMIN, () -> auditLog.forPatient(patient.getId()));
  }

  @Test
  void doctor_shouldReadWriteAndLeaveAnAuditTrail() {
    own.asDoctor(
        () -> {
          assertThat(patients.patient(patient.getId()).getId()).isEqualTo(patient.getId());
          data.documentInitially(enrolment);
        });

    assertThat(trail())
        .extracting(AuditEvent::getAction)
        .contains(AuditAction.CREATE, AuditAction.READ);
    assertThat(trail())
        .allSatisfy(event -> assertThat(event.getOutcome()).isEqualTo(AuditEvent.Outcome.SUCCESS));
    assertThat(trail())
        .filteredOn(event -> event.getResourceType().equals("Documentation"))
        .singleElement()
        .satisfies(event -> assertThat(event.getUsername()).isEqualTo(own.doctor()));
  }

  @Test
  void doctorOfAnotherPractice_shouldBeRefusedAndTheRefusalAudited() {
    other.asDoctor(
        () -> {
          assertThatThrownBy(() -> patients.patient(patient.getId()))
              .isInstanceOf(AccessDeniedException.class)
              .hasMessageNotContaining(patient.getFamilyName());
          assertThatThrownBy(() -> enrolments.enrolment(enrolment.getId()))
              .isInstanceOf(AccessDeniedException.class);
          assertThatThrownBy(() -> followUps.forEnrolment(enrolment.getId()))
              .isInstanceOf(AccessDeniedException.class);
          assertThat(patients.count(PatientSearch.familyStartingWith(patient.getFamilyName())))
              .isZero();
        });

    assertThat(trail())
        .filteredOn(event -> event.getOutcome() == AuditEvent.Outcome.DENIED)
        .extracting(AuditEvent::getUsername)
        .containsOnly(other.doctor())
        .hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void staff_shouldScheduleButNotDocumentOrEnrol() {
    own.asStaff(
        () -> {
          assertThat(patients.patient(patient.getId())).isNotNull();
          assertThat(
                  followUps.planExamination(
                      enrolment.getId(), "foot-inspection", LocalDate.of(2026, 3, 1)))
              .isNotNull();
          assertThatThrownBy(() -> data.documentInitially(enrolment))
              .isInstanceOf(EJBAccessException.class);
          assertThatThrownBy(
                  () ->
                      enrolments.changeStatus(
                          enrolment.getId(), EnrolmentStatus.ENDED, TestData.STARTED, "x"))
              .isInstanceOf(EJBAccessException.class);
        });
  }

  @Test
  void insurer_shouldReadItsConsentingMembersOnly() {
    TestData.as(
        TestData.userOf(insurer),
        () -> {
          assertThat(patients.patient(patient.getId()).getId()).isEqualTo(patient.getId());
          assertThat(enrolments.forPatient(patient.getId())).hasSize(1);
          assertThatThrownBy(
                  () ->
                      patients.register(
                          new NewPatient("Kasse", "Schreibt", LocalDate.of(1970, 1, 1), Sex.MALE)))
              .isInstanceOf(EJBAccessException.class);
        });
    Insurer otherInsurer = data.insurer();
    TestData.as(
        TestData.userOf(otherInsurer),
        () ->
            assertThatThrownBy(() -> patients.patient(patient.getId()))
                .isInstanceOf(AccessDeniedException.class));
  }

  @Test
  void withdrawnConsent_shouldEndTheEnrolmentAndStopTheInsurersAccess() {
    own.asDoctor(() -> enrolments.withdrawConsent(enrolment.getId(), LocalDate.of(2025, 6, 30)));

    own.asDoctor(
        () -> {
          Enrolment ended = enrolments.enrolment(enrolment.getId());
          assertThat(ended.getStatus()).isEqualTo(EnrolmentStatus.ENDED);
          assertThat(ended.getEndedOn()).isEqualTo(LocalDate.of(2025, 6, 30));
        });
    TestData.as(
        TestData.userOf(insurer),
        () ->
            assertThatThrownBy(() -> patients.patient(patient.getId()))
                .isInstanceOf(AccessDeniedException.class));
  }

  /** Documents one programme of the patient at a visit, complete or as a draft. */
  private Documentation document(Enrolment of, DocumentType type, LocalDate on, boolean draft) {
    var visit =
        new VisitDocumentation(
            patient.getId(),
            null,
            on,
            List.of(new ProgrammeDocumentation(of.getId(), data.sample(of, type, on))));
    return own.doctor(
        () ->
            (draft ? documentations.saveDraft(visit) : documentations.documentVisit(visit)).get(0));
  }

  @Test
  void insurer_shouldGetCompleteDocumentationsMadeUnderConsentOnly() {
    Enrolment asthma = own.doctor(() -> data.enrol(patient, own.practice(), "ASTHMA", "J45.0"));
    Documentation shared = document(enrolment, DocumentType.ED, TestData.STARTED, false);
    Documentation onWithdrawal =
        document(enrolment, DocumentType.FD, LocalDate.of(2025, 4, 15), false);
    Documentation asthmaInitial = document(asthma, DocumentType.ED, TestData.STARTED, false);
    Documentation draft = document(asthma, DocumentType.FD, LocalDate.of(2025, 4, 16), true);
    own.asDoctor(() -> enrolments.withdrawConsent(enrolment.getId(), LocalDate.of(2025, 4, 15)));

    TestData.as(
        TestData.userOf(insurer),
        () -> {
          assertThat(documentations.forPatient(patient.getId()))
              .extracting(Documentation::getId)
              .containsExactly(shared.getId(), asthmaInitial.getId());
          assertThatThrownBy(() -> documentations.documentation(onWithdrawal.getId()))
              .isInstanceOf(AccessDeniedException.class);
          assertThatThrownBy(() -> documentations.documentation(draft.getId()))
              .isInstanceOf(AccessDeniedException.class);
          assertThat(documentations.ofVisit(shared.getVisit().getId())).hasSize(1);
        });
    own.asDoctor(
        () ->
            assertThat(documentations.forPatient(patient.getId()))
                .extracting(Documentation::getId)
                .containsExactlyInAnyOrder(
                    shared.getId(), onWithdrawal.getId(), asthmaInitial.getId(), draft.getId()));
    other.asDoctor(
        () -> {
          assertThatThrownBy(() -> documentations.forPatient(patient.getId()))
              .isInstanceOf(AccessDeniedException.class);
          assertThatThrownBy(() -> documentations.ofVisit(shared.getVisit().getId()))
              .isInstanceOf(AccessDeniedException.class);
        });
    assertThat(trail())
        .filteredOn(event -> event.getOutcome() == AuditEvent.Outcome.DENIED)
        .extracting(AuditEvent::getResourceType)
        .contains("Documentation");
  }

  @Test
  void administrator_shouldManageTheRegistryButSeeNoPatientData() {
    TestData.as(
        DemoData.ADMIN,
        () -> {
          assertThat(practices.practice(own.practice().getId()).getBsnr())
              .isEqualTo(own.practice().getBsnr());
          assertThatThrownBy(() -> patients.patient(patient.getId()))
              .isInstanceOf(EJBAccessException.class);
          assertThatThrownBy(() -> patients.find(PatientSearch.familyStartingWith(""), 0, 10))
              .isInstanceOf(EJBAccessException.class);
        });
    own.asDoctor(
        () -> assertThatThrownBy(() -> auditLog.count()).isInstanceOf(EJBAccessException.class));
  }

  @Test
  void erase_shouldRemoveTheClinicalDataAndKeepTheTrail() {
    own.asDoctor(
        () -> {
          data.documentInitially(enrolment);
          patients.erase(patient.getId(), ErasureReason.PATIENT_REQUEST);

          assertThat(patients.find(patient.getId())).isEmpty();
          assertThatThrownBy(() -> enrolments.enrolment(enrolment.getId()))
              .hasMessageContaining("There is no enrolment");
        });

    List<AuditEvent> trail = trail();
    assertThat(trail)
        .filteredOn(event -> event.getAction() == AuditAction.DELETE)
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.getDetail())
                  .contains("PATIENT_REQUEST")
                  .doesNotContain(patient.getFamilyName());
              assertThat(event.getUsername()).isEqualTo(own.doctor());
            });
  }

  @Test
  void anAdministrator_shouldNotDisableTheirOwnAccount() {
    long own =
        TestData.as(
            DemoData.ADMIN,
            () ->
                users.all().stream()
                    .filter(account -> account.username().equals(DemoData.ADMIN))
                    .findFirst()
                    .orElseThrow()
                    .id());

    assertThatThrownBy(() -> TestData.as(DemoData.ADMIN, () -> users.disable(own)))
        .isInstanceOf(IllegalTransitionException.class);
    assertThat(
            TestData.as(
                DemoData.ADMIN,
                () -> users.all().stream().filter(a -> a.id() == own).findFirst().orElseThrow()))
        .extracting(AccountSummary::disabled)
        .isEqualTo(false);
  }
}
