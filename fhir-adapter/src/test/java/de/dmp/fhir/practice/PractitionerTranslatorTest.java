package de.dmp.fhir.practice;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.fhir.conformance.Conformance;
import de.dmp.fhir.conformance.Stored;
import de.dmp.practice.entity.Practice;
import de.dmp.practice.entity.Practitioner;
import org.junit.jupiter.api.Test;

class PractitionerTranslatorTest {

  private static Practitioner doctor() {
    var practice = new Practice("201234500", "Hausarztpraxis am Dom", "Nordrhein");
    Stored.with(practice, "id", 7L);
    var doctor = new Practitioner("100000101", "Weber", "Demo", practice);
    Stored.with(doctor, "id", 3L);
    return doctor;
  }

  @Test
  void practitioner_shouldCarryTheLanrAndValidate() {
    var practitioner = PractitionerTranslator.toFhirResource(doctor());

    assertThat(practitioner.getIdentifierFirstRep().getSystem())
        .isEqualTo(PractitionerTranslator.LANR_SYSTEM);
    assertThat(practitioner.getIdentifierFirstRep().getValue()).isEqualTo("100000101");
    assertThat(practitioner.getNameFirstRep().getFamily()).isEqualTo("Weber");
    assertThat(Conformance.errors(practitioner)).isEmpty();
  }

  @Test
  void role_shouldLinkTheDoctorToThePracticeAndValidate() {
    var role = PractitionerTranslator.toRole(doctor());

    assertThat(role.getPractitioner().getReference()).isEqualTo("Practitioner/3");
    assertThat(role.getOrganization().getReference()).isEqualTo("Organization/practice-7");
    assertThat(Conformance.errors(role)).isEmpty();
  }
}
