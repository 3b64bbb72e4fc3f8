package de.dmp.quality.control;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.platform.time.Quarter;
import de.dmp.programme.control.ProgrammeCatalogueFixture;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QualityEvaluationTest {

  @Test
  void windows_shouldReadLatestValuesInTheQuarterAndSumsOverTheirMonths() {
    Map<LocalDate, List<String>> windows =
        QualityEvaluation.windows(ProgrammeCatalogueFixture.current("DM2"), new Quarter(2026, 2));

    assertThat(windows)
        .containsExactly(
            Map.entry(LocalDate.of(2025, 12, 30), List.of("severe-hypoglycaemia")),
            Map.entry(
                LocalDate.of(2026, 3, 31),
                List.of("bp-diastolic", "bp-systolic", "hba1c", "hba1c-target")));
  }

  @Test
  void windows_shouldTakeTheLongestWindowOfAParameter() {
    Map<LocalDate, List<String>> windows =
        QualityEvaluation.windows(ProgrammeCatalogueFixture.current("DM1"), new Quarter(2026, 4));

    assertThat(windows.get(LocalDate.of(2016, 12, 31))).containsExactly("events");
    assertThat(windows.get(LocalDate.of(2025, 12, 31))).containsExactly("severe-hypoglycaemia");
  }
}
