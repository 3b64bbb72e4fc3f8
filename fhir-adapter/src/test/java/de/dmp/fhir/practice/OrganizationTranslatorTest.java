package de.dmp.fhir.practice;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.fhir.conformance.Conformance;
import de.dmp.fhir.conformance.Stored;
import de.dmp.practice.entity.Insurer;
import de.dmp.practice.entity.Practice;
import org.junit.jupiter.api.Test;

class OrganizationTranslatorTest {

  @Test
  void practice_shouldBeIdentifiedByItsBsnrAndValidate() {
    var organization =
        OrganizationTranslator.toFhirResource(
            Stored.with(new Practice("201234500", "Hausarztpraxis am Dom", "Nordrhein"), "id", 7L));

    assertThat(organization.getIdElement().getIdPart()).isEqualTo("practice-7");
    assertThat(organization.getIdentifierFirstRep().getSystem())
        .isEqualTo(OrganizationTranslator.BSNR_SYSTEM);
    assertThat(organization.getIdentifierFirstRep().getValue()).isEqualTo("201234500");
    assertThat(Conformance.errors(organization)).isEmpty();
  }

  @Test
  void insurer_shouldBeIdentifiedByItsIkAndValidate() {
    var organization =
        OrganizationTranslator.toFhirResource(
            Stored.with(new Insurer("109900001", "Demo-Ortskrankenkasse"), "id", 2L));

    assertThat(organization.getIdElement().getIdPart()).isEqualTo("insurer-2");
    assertThat(organization.getIdentifierFirstRep().getSystem())
        .isEqualTo(OrganizationTranslator.IK_SYSTEM);
    assertThat(Conformance.errors(organization)).isEmpty();
  }

  @Test
  void ids_shouldBeReadOnlyFromTheirOwnKind() {
    assertThat(OrganizationTranslator.practiceId("practice-7")).contains(7L);
    assertThat(OrganizationTranslator.practiceId("insurer-7")).isEmpty();
    assertThat(OrganizationTranslator.practiceId("practice-abc")).isEmpty();
    assertThat(OrganizationTranslator.practiceId(null)).isEmpty();
    assertThat(OrganizationTranslator.insurerId("insurer-2")).contains(2L);
  }
}
