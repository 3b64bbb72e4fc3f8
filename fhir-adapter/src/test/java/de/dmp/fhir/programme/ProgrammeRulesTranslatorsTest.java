package de.dmp.fhir.programme;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.fhir.conformance.Conformance;
import de.dmp.programme.control.ProgrammeCatalogue;
import de.dmp.programme.entity.ProgrammeDefinition;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Measure;
import org.hl7.fhir.r4.model.PlanDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ProgrammeRulesTranslatorsTest {

  private static final List<ProgrammeDefinition> PROGRAMMES =
      ProgrammeCatalogue.load(ProgrammeRulesTranslatorsTest.class.getClassLoader()).all();
  private static final ProgrammeDefinition DM2 =
      ProgrammeCatalogue.load(ProgrammeRulesTranslatorsTest.class.getClassLoader())
          .current("DM2", LocalDate.of(2026, 12, 1))
          .orElseThrow();

  static Stream<ProgrammeDefinition> programmes() {
    return PROGRAMMES.stream();
  }

  @ParameterizedTest
  @MethodSource("programmes")
  void everyProgrammesRules_shouldValidateAgainstBaseR4(ProgrammeDefinition programme) {
    assertThat(Conformance.errors(MeasureTranslator.toFhirResource(programme))).isEmpty();
    assertThat(Conformance.errors(PlanDefinitionTranslator.toFhirResource(programme))).isEmpty();
  }

  @Test
  void measure_shouldBeWhatTheMeasureReportsReferToWithEveryTargetsCriteria() {
    Measure measure = MeasureTranslator.toFhirResource(DM2);

    assertThat(measure.getUrl() + "|" + measure.getVersion())
        .isEqualTo("urn:dmp-records:Measure:DM2|2025-1");
    assertThat(measure.getGroup()).hasSize(DM2.qualityTargets().size());
    assertThat(measure.getGroup())
        .extracting(g -> g.getDescription())
        .anyMatch(description -> description.contains("hba1c LATEST"))
        .allMatch(description -> description.contains("Numerator: "));
  }

  @Test
  void planDefinition_shouldListTheDocumentationExaminationsAndTrainings() {
    PlanDefinition plan = PlanDefinitionTranslator.toFhirResource(DM2);

    assertThat(plan.getAction()).hasSize(1 + DM2.examinations().size() + DM2.trainings().size());
    assertThat(plan.getActionFirstRep().getDefinitionCanonicalType().getValue())
        .isEqualTo("urn:dmp-records:Questionnaire:DM2-FD|2025-1");
    assertThat(plan.getAction())
        .filteredOn(a -> "foot-inspection".equals(a.getId()))
        .singleElement()
        .satisfies(
            a -> assertThat(a.getTimingTiming().getRepeat().getPeriod().intValue()).isPositive());
    assertThat(plan.getRelatedArtifact()).hasSize(DM2.sources().size());
  }
}
