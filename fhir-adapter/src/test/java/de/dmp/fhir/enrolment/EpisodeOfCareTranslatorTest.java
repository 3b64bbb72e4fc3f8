package de.dmp.fhir.enrolment;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.enrolment.entity.Enrolment;
import de.dmp.enrolment.entity.EnrolmentStatus;
import de.dmp.fhir.conformance.Conformance;
import de.dmp.fhir.conformance.Fixtures;
import de.dmp.fhir.conformance.Stored;
import de.dmp.programme.control.ProgrammeCatalogue;
import de.dmp.programme.entity.ProgrammeDefinition;
import java.time.Instant;
import java.time.LocalDate;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.EpisodeOfCare.EpisodeOfCareStatus;
import org.junit.jupiter.api.Test;

class EpisodeOfCareTranslatorTest {

  private static final Instant NOW = Fixtures.NOW;
  private static final ProgrammeDefinition DM2 =
      ProgrammeCatalogue.load(EpisodeOfCareTranslatorTest.class.getClassLoader())
          .current("DM2", LocalDate.of(2026, 11, 23))
          .orElseThrow();

  private static Enrolment excludedEnrolment() {
    var enrolment =
        Fixtures.enrolment(Fixtures.patient(42L), Fixtures.practice(), DM2, "E11.9", 99L);
    enrolment.recordConsent(LocalDate.of(2025, 1, 15), NOW);
    enrolment.recordInitialDocumentation(LocalDate.of(2025, 1, 20), NOW);
    enrolment.transitionTo(
        EnrolmentStatus.EXCLUDED, LocalDate.of(2025, 8, 12), "Zwei fehlende Dokumentationen", NOW);
    Stored.with(enrolment, "version", 4L);
    return enrolment;
  }

  @Test
  void toFhirResource_shouldCarryProgrammePatientPracticeCaseAndHistory() {
    EpisodeOfCare episode = EpisodeOfCareTranslator.toFhirResource(excludedEnrolment(), DM2);

    assertThat(episode.getIdElement().getIdPart()).isEqualTo("99");
    assertThat(episode.getMeta().getVersionId()).isEqualTo("4");
    assertThat(episode.getStatus()).isEqualTo(EpisodeOfCareStatus.CANCELLED);
    assertThat(episode.getTypeFirstRep().getCodingFirstRep().getCode()).isEqualTo("01");
    assertThat(episode.getPatient().getReference()).isEqualTo("Patient/42");
    assertThat(episode.getManagingOrganization().getReference())
        .isEqualTo("Organization/practice-7");
    assertThat(episode.getIdentifierFirstRep().getValue()).isEqualTo("201234500-1");
    assertThat(episode.getPeriod().getEndElement().getValueAsString()).isEqualTo("2025-08-12");
    assertThat(episode.getStatusHistory())
        .extracting(h -> h.getStatus(), h -> h.getPeriod().getStartElement().getValueAsString())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(EpisodeOfCareStatus.PLANNED, "2025-01-15"),
            org.assertj.core.groups.Tuple.tuple(EpisodeOfCareStatus.ACTIVE, "2025-01-20"),
            org.assertj.core.groups.Tuple.tuple(EpisodeOfCareStatus.CANCELLED, "2025-08-12"));
    assertThat(episode.getDiagnosisFirstRep().getCondition().getReference())
        .isEqualTo("Condition/99");
    assertThat(
            episode
                .getExtensionByUrl(EnrolmentTransaction.INTERVAL_EXTENSION)
                .getValue()
                .primitiveValue())
        .isEqualTo(excludedEnrolment().getInterval().name());
  }

  @Test
  void condition_shouldBeTheConfirmedIcd10DiagnosisAndValidate() {
    Condition condition = ConditionTranslator.toFhirResource(excludedEnrolment());

    assertThat(condition.getIdElement().getIdPart()).isEqualTo("99");
    assertThat(condition.getCode().getCodingFirstRep().getCode()).isEqualTo("E11.9");
    assertThat(condition.getOnsetDateTimeType().getValueAsString()).isEqualTo("2024-03-01");
    assertThat(condition.getSubject().getReference()).isEqualTo("Patient/42");
    assertThat(Conformance.errors(condition)).isEmpty();
  }

  @Test
  void toFhirResource_shouldValidateAgainstBaseR4() {
    assertThat(Conformance.errors(EpisodeOfCareTranslator.toFhirResource(excludedEnrolment(), DM2)))
        .isEmpty();
  }

  @Test
  void consent_shouldPermitFromSigningAndBeInactiveAfterWithdrawal() {
    Enrolment enrolment = excludedEnrolment();
    var signed = ConsentTranslator.toFhirResource(enrolment).orElseThrow();

    assertThat(signed.getStatus()).isEqualTo(org.hl7.fhir.r4.model.Consent.ConsentState.ACTIVE);
    assertThat(signed.getProvision().getPeriod().getStartElement().getValueAsString())
        .isEqualTo("2025-01-15");
    assertThat(signed.getPatient().getReference()).isEqualTo("Patient/42");
    assertThat(Conformance.errors(signed)).isEmpty();
  }

  @Test
  void consent_shouldBeInactiveWithTheDayOfWithdrawal() {
    var enrolment =
        Fixtures.enrolment(Fixtures.patient(43L), Fixtures.practice(), DM2, "E11.9", 100L);
    assertThat(ConsentTranslator.toFhirResource(enrolment)).isEmpty();
    enrolment.recordConsent(LocalDate.of(2025, 1, 15), NOW);
    enrolment.withdrawConsent(LocalDate.of(2025, 6, 30), NOW);

    var withdrawn = ConsentTranslator.toFhirResource(enrolment).orElseThrow();

    assertThat(withdrawn.getStatus())
        .isEqualTo(org.hl7.fhir.r4.model.Consent.ConsentState.INACTIVE);
    assertThat(withdrawn.getProvision().getPeriod().getEndElement().getValueAsString())
        .isEqualTo("2025-06-30");
    assertThat(Conformance.errors(withdrawn)).isEmpty();
  }
}
