package de.dmp.fhir.quality;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.fhir.conformance.Conformance;
import de.dmp.platform.time.Quarter;
import de.dmp.programme.entity.Improvement;
import de.dmp.quality.entity.PracticeQuality;
import de.dmp.quality.entity.QualityReport;
import de.dmp.quality.entity.TargetResult;
import de.dmp.quality.entity.TargetShare;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.MeasureReport;
import org.junit.jupiter.api.Test;

class MeasureReportTranslatorTest {

  private static final PracticeQuality PRACTICE =
      new PracticeQuality(
          1L,
          "Hausarztpraxis am Dom",
          "Nordrhein",
          3,
          List.of(
              TargetResult.of(
                  "hba1c-max-8-5",
                  "Hoher Anteil an Patienten mit HbA1c ≤ 8,5 %",
                  "High share of patients with HbA1c ≤ 8.5 %",
                  Improvement.HIGHER,
                  2,
                  3,
                  new TargetShare("DM2", "hba1c-max-8-5", new BigDecimal("0.90")),
                  "2025-1"),
              TargetResult.of(
                  "bp-below-140-90", "Blutdruck", null, Improvement.HIGHER, 0, 0, null, null)));

  private static MeasureReport report() {
    return report(Locale.GERMAN);
  }

  private static MeasureReport report(Locale language) {
    return MeasureReportTranslator.toFhirResource(
        new QualityReport("DM2", "2025-1", new Quarter(2026, 3), List.of(PRACTICE)),
        PRACTICE,
        language);
  }

  @Test
  void toFhirResource_shouldGiveAGroupPerTargetWithPopulationsScoreAndContractShare() {
    MeasureReport report = report();

    assertThat(report.getIdElement().getIdPart()).isEqualTo("practice-1-DM2-2026Q3");
    assertThat(report.getMeasure()).isEqualTo("urn:dmp-records:Measure:DM2|2025-1");
    assertThat(report.getSubject().getReference()).isEqualTo("Organization/practice-1");
    assertThat(report.getPeriod().getStartElement().getValueAsString()).isEqualTo("2026-07-01");
    var hba1c = report.getGroupFirstRep();
    assertThat(hba1c.getPopulation())
        .extracting(p -> p.getCode().getCodingFirstRep().getCode(), p -> p.getCount())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("initial-population", 3),
            org.assertj.core.groups.Tuple.tuple("denominator", 3),
            org.assertj.core.groups.Tuple.tuple("numerator", 2));
    assertThat(hba1c.getMeasureScore().getValue()).isEqualByComparingTo("0.6667");
    assertThat(
            ((DecimalType)
                    hba1c
                        .getExtensionByUrl(MeasureReportTranslator.TARGET_SHARE_EXTENSION)
                        .getValue())
                .getValue())
        .isEqualByComparingTo("0.90");
    assertThat(report.getGroup().get(1).hasMeasureScore()).isFalse();
  }

  @Test
  void toFhirResource_shouldNameTheTargetsInTheLanguageAskedFor() {
    assertThat(report(Locale.GERMAN).getGroup())
        .extracting(g -> g.getCode().getCodingFirstRep().getDisplay())
        .containsExactly("Hoher Anteil an Patienten mit HbA1c ≤ 8,5 %", "Blutdruck");
    assertThat(report(Locale.ENGLISH).getGroup())
        .extracting(g -> g.getCode().getCodingFirstRep().getDisplay())
        .containsExactly("High share of patients with HbA1c ≤ 8.5 %", "Blutdruck");
  }

  @Test
  void toFhirResource_shouldValidateAgainstBaseR4() {
    assertThat(Conformance.errors(report())).isEmpty();
  }
}
