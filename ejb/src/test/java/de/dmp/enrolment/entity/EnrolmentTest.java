package de.dmp.enrolment.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.dmp.patient.entity.Patient;
import de.dmp.patient.entity.Sex;
import de.dmp.platform.entity.IllegalTransitionException;
import de.dmp.platform.time.Quarter;
import de.dmp.practice.entity.Practice;
import de.dmp.programme.control.ProgrammeCatalogueFixture;
import de.dmp.programme.entity.DocumentationInterval;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EnrolmentTest {

  private static final LocalDate START = LocalDate.of(2025, 1, 15);
  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  private static Enrolment enrolment(DocumentationInterval interval) {
    var patient = new Patient("Muster", "Max", LocalDate.of(1950, 1, 1), Sex.MALE);
    var practice = new Practice("123456789", "Praxis", "Nordrhein");
    return new Enrolment(
        patient,
        practice,
        new DmpCase(patient, practice, NOW),
        ProgrammeCatalogueFixture.current("DM2"),
        new Enrolment.Diagnosis("E11.9", LocalDate.of(2024, 6, 1)),
        interval,
        START,
        NOW);
  }

  @Test
  void new_shouldStartEnrolledWithoutTakingPart() {
    var enrolment = enrolment(DocumentationInterval.QUARTERLY);

    assertThat(enrolment.getStatus()).isEqualTo(EnrolmentStatus.ENROLLED);
    assertThat(enrolment.isParticipating()).isFalse();
    assertThat(enrolment.getDmpCase().getCaseNumber()).isEqualTo("1");
  }

  @Test
  void recordConsentAndInitialDocumentation_shouldActivateInEitherOrder() {
    var consentFirst = enrolment(DocumentationInterval.QUARTERLY);
    consentFirst.recordConsent(START, NOW);
    assertThat(consentFirst.getStatus()).isEqualTo(EnrolmentStatus.ENROLLED);
    consentFirst.recordInitialDocumentation(START.plusDays(3), NOW);
    assertThat(consentFirst.getStatus()).isEqualTo(EnrolmentStatus.ACTIVE);

    var documentationFirst = enrolment(DocumentationInterval.QUARTERLY);
    documentationFirst.recordInitialDocumentation(START, NOW);
    documentationFirst.recordConsent(START.plusDays(1), NOW);
    assertThat(documentationFirst.isParticipating()).isTrue();
  }

  @Test
  void transitionTo_shouldRefuseActiveWithoutConsent() {
    var enrolment = enrolment(DocumentationInterval.QUARTERLY);
    enrolment.recordInitialDocumentation(START, NOW);

    assertThatThrownBy(() -> enrolment.transitionTo(EnrolmentStatus.ACTIVE, START, "manuell", NOW))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("signed consent");
  }

  @Test
  void transitionTo_shouldRefuseAnEffectiveDateBeforeTheLastChangeAndAMissingReason() {
    var enrolment = enrolment(DocumentationInterval.QUARTERLY);

    assertThatThrownBy(
            () -> enrolment.transitionTo(EnrolmentStatus.ENDED, START.minusDays(1), "Umzug", NOW))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("before the previous change");
    assertThatThrownBy(() -> enrolment.transitionTo(EnrolmentStatus.ENDED, START, " ", NOW))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("reason");
  }

  @Test
  void transitionTo_shouldCloseTheEnrolmentForGood() {
    var enrolment = enrolment(DocumentationInterval.QUARTERLY);
    enrolment.transitionTo(EnrolmentStatus.ENDED, START.plusDays(10), "Widerruf", NOW);

    assertThat(enrolment.getEndedOn()).isEqualTo(START.plusDays(10));
    assertThatThrownBy(() -> enrolment.recordConsent(START, NOW))
        .isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void nextDocumentationQuarter_shouldFollowThePatientsInterval() {
    assertThat(enrolment(DocumentationInterval.QUARTERLY).nextDocumentationQuarter(START))
        .isEqualTo(new Quarter(2025, 2));
    assertThat(
            enrolment(DocumentationInterval.EVERY_SECOND_QUARTER).nextDocumentationQuarter(START))
        .isEqualTo(new Quarter(2025, 3));
  }

  @Test
  void statusNext_shouldOnlyAllowTheLegalTransitions() {
    assertThat(EnrolmentStatus.ENROLLED.next())
        .containsExactlyInAnyOrder(EnrolmentStatus.ACTIVE, EnrolmentStatus.ENDED);
    assertThat(EnrolmentStatus.SUSPENDED.next())
        .containsExactlyInAnyOrder(
            EnrolmentStatus.ACTIVE, EnrolmentStatus.ENDED, EnrolmentStatus.EXCLUDED);
    assertThat(EnrolmentStatus.EXCLUDED.next()).isEmpty();
  }
}
