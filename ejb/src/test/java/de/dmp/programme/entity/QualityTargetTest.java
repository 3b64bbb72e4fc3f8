package de.dmp.programme.entity;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.programme.control.ProgrammeCatalogueFixture;
import de.dmp.programme.entity.Criterion.Documented;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every quality target of every shipped programme on hand-made patients, as of the end of 4/2026:
 * one in the numerator, one only in the denominator, one outside the denominator ("-" where the
 * target counts every documented patient). Documentations are "yyyy-MM-dd code=value&code=value",
 * several separated by " / ".
 */
class QualityTargetTest {

  private static final LocalDate QUARTER_END = LocalDate.of(2026, 12, 31);

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "DM2; hba1c-max-8-5; 2026-11-02 hba1c=8.5; 2026-11-02 hba1c=8.6; 2026-11-02 egfr=60",
        "DM2; hba1c-individual-target; 2026-11-02 hba1c-target=Zielwert erreicht;"
            + " 2026-11-02 hba1c-target=Zielwert noch nicht erreicht; 2026-11-02 hba1c=7",
        "DM2; no-repeated-hypoglycaemia;"
            + " 2026-08-01 severe-hypoglycaemia=1 / 2026-11-02 severe-hypoglycaemia=1;"
            + " 2026-06-30 severe-hypoglycaemia=1 / 2026-11-02 severe-hypoglycaemia=1; -",
        "DM2; bp-below-140-90; 2026-11-02 bp-systolic=139&bp-diastolic=89;"
            + " 2026-11-02 bp-systolic=139&bp-diastolic=90; 2026-11-02 bp-systolic=130",
        "DM1; hba1c-max-8-5; 2026-11-02 hba1c=6.9; 2026-11-02 hba1c=9.1; 2026-11-02 egfr=90",
        "DM1; no-severe-hypoglycaemia; 2026-01-01 severe-hypoglycaemia=1 / 2026-11-02 hba1c=7;"
            + " 2025-12-31 severe-hypoglycaemia=3 / 2026-11-02 severe-hypoglycaemia=0; -",
        "DM1; platelet-inhibitors-with-macroangiopathy;"
            + " 2020-03-01 events=Herzinfarkt / 2026-11-02 events=Keine&platelet-inhibitors=Ja;"
            + " 2026-11-02 events=Schlaganfall|Amputation&platelet-inhibitors=Nein;"
            + " 2026-11-02 events=Herzinfarkt&platelet-inhibitors=Kontraindikation",
        "ASTHMA; symptom-control;"
            + " 2026-11-02 symptoms-day=Keine&night-symptoms=Nein&activity-limitation=Nein;"
            + " 2026-11-02 symptoms-day=Keine&night-symptoms=Ja&activity-limitation=Nein; -",
        "ASTHMA; written-self-management-plan; 2026-11-02 self-management-plan=Ja;"
            + " 2026-11-02 self-management-plan=Nein; -",
        "BRUST; lymphoedema-checked; 2026-11-02 lymphoedema=Nein; 2026-11-02 interval=Quartalsweise; -",
        "COPD; no-inpatient-treatment; 2026-11-02 unplanned-treatment=0;"
            + " 2026-01-05 unplanned-treatment=1 / 2026-11-02 unplanned-treatment=0; -",
        "COPD; smokers-advised; 2026-11-02 smoker=Ja&smoking-cessation-advice=Ja;"
            + " 2026-11-02 smoker=Ja&smoking-cessation-advice=Nein;"
            + " 2026-11-02 smoker=Nein&smoking-cessation-advice=Ja",
        "COPD; low-exacerbations; 2026-07-01 exacerbations=1 / 2026-11-02 exacerbations=0;"
            + " 2026-06-30 exacerbations=2 / 2026-11-02 exacerbations=0; -",
        "HI; beta-blockers; 2026-11-02 beta-blockers=Ja; 2026-11-02 beta-blockers=Nein;"
            + " 2026-11-02 beta-blockers=Kontraindikation",
        "HI; electrolytes-checked; 2026-11-02 electrolytes-egfr=Ja;"
            + " 2026-11-02 electrolytes-egfr=Nein; -",
        "KHK; platelet-inhibitors; 2026-11-02 platelet-inhibitors=Ja;"
            + " 2026-11-02 platelet-inhibitors=Nein; 2026-11-02 platelet-inhibitors=Orale Antikoagulation",
        "KHK; beta-blockers; 2026-11-02 beta-blockers=Ja; 2026-11-02 beta-blockers=Nein;"
            + " 2026-11-02 beta-blockers=Kontraindikation"
      })
  void shippedTarget_shouldSortHandMadePatients(
      String programme, String code, String numerator, String denominatorOnly, String outside) {
    QualityTarget target =
        ProgrammeCatalogueFixture.current(programme).qualityTargets().stream()
            .filter(t -> t.code().equals(code))
            .findFirst()
            .orElseThrow();

    assertThat(target.inNumerator(documentations(numerator), QUARTER_END)).isTrue();
    assertThat(target.inDenominator(documentations(denominatorOnly), QUARTER_END)).isTrue();
    assertThat(target.inNumerator(documentations(denominatorOnly), QUARTER_END)).isFalse();
    assertThat(target.meetsNumerator(documentations(numerator), QUARTER_END)).isTrue();
    assertThat(target.meetsNumerator(documentations(denominatorOnly), QUARTER_END)).isFalse();
    if (!outside.equals("-")) {
      assertThat(target.inDenominator(documentations(outside), QUARTER_END)).isFalse();
      assertThat(target.inNumerator(documentations(outside), QUARTER_END)).isFalse();
    }
  }

  @Test
  void everyShippedTarget_shouldBeCoveredAbove() {
    List<String> shipped =
        Stream.of("DM1", "DM2", "ASTHMA", "COPD", "BRUST", "KHK", "HI")
            .flatMap(
                code ->
                    ProgrammeCatalogueFixture.current(code).qualityTargets().stream()
                        .map(t -> code + " " + t.code()))
            .toList();

    assertThat(shipped).hasSize(17);
  }

  private static List<Documented> documentations(String text) {
    return Arrays.stream(text.strip().split(" / ")).map(QualityTargetTest::documented).toList();
  }

  private static Documented documented(String text) {
    String[] dateAndValues = text.strip().split(" ", 2);
    Map<String, String> values =
        Arrays.stream(dateAndValues[1].split("&"))
            .map(pair -> pair.split("=", 2))
            .collect(Collectors.toMap(pair -> pair[0], pair -> pair[1], (a, b) -> b, HashMap::new));
    return new Documented(LocalDate.parse(dateAndValues[0]), values);
  }
}
