package de.dmp.fhir.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.fhir.conformance.Conformance;
import de.dmp.fhir.conformance.Stored;
import de.dmp.patient.entity.Patient;
import de.dmp.patient.entity.Sex;
import de.dmp.practice.entity.Insurer;
import de.dmp.programme.control.ProgrammeCatalogue;
import de.dmp.programme.entity.ProgrammeDefinition;
import java.time.LocalDate;
import java.util.List;
import org.hl7.fhir.r4.model.Coding;
import org.junit.jupiter.api.Test;

class CoverageTranslatorTest {

  private static final ProgrammeCatalogue CATALOGUE =
      ProgrammeCatalogue.load(CoverageTranslatorTest.class.getClassLoader());

  private static ProgrammeDefinition programme(String code) {
    return CATALOGUE.current(code, LocalDate.of(2026, 11, 23)).orElseThrow();
  }

  private static Patient insured() {
    var insurer = new Insurer("109900001", "Demo-Ortskrankenkasse");
    Stored.with(insurer, "id", 2L);
    var patient = new Patient("Müller", "Anna", LocalDate.of(1956, 3, 14), Sex.FEMALE);
    Stored.with(patient, "id", 42L);
    Stored.with(patient, "insurer", insurer);
    Stored.with(patient, "insuranceNumber", "A123456780");
    return patient;
  }

  @Test
  void toFhirResource_shouldNameInsurerNumberAndEveryProgrammeAndValidate() {
    var coverage =
        CoverageTranslator.toFhirResource(insured(), List.of(programme("DM2"), programme("KHK")));

    assertThat(coverage.getBeneficiary().getReference()).isEqualTo("Patient/42");
    assertThat(coverage.getPayorFirstRep().getReference()).isEqualTo("Organization/insurer-2");
    assertThat(coverage.getPayorFirstRep().getIdentifier().getValue()).isEqualTo("109900001");
    assertThat(coverage.getSubscriberId()).isEqualTo("A123456780");
    assertThat(coverage.getExtensionsByUrl(CoverageTranslator.DMP_MARKER_EXTENSION))
        .extracting(e -> ((Coding) e.getValue()).getCode())
        .containsExactly("01", "03");
    assertThat(Conformance.errors(coverage)).isEmpty();
  }
}
