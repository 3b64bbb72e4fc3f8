package de.dmp.web.therapy;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.therapy.entity.Goal;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TherapyPlanViewTest {

  private static final Goal HBA1C =
      new Goal("hba1c", "HbA1c-Wert", "4548-4", null, new BigDecimal("7.500"), "%");
  private static final Goal EGFR =
      new Goal("egfr", "eGFR", "62238-1", new BigDecimal("60.000"), new BigDecimal("90.5"), null);

  @Test
  void aGoalInGerman_shouldReadAsGermanWritesNumbers() {
    assertThat(TherapyPlanView.target(HBA1C, Locale.GERMAN)).isEqualTo("HbA1c-Wert ≤ 7,5");
    assertThat(TherapyPlanView.target(EGFR, Locale.GERMAN)).isEqualTo("eGFR ≥ 60 ≤ 90,5");
  }

  @Test
  void aGoalInEnglish_shouldKeepTheDecimalPoint() {
    assertThat(TherapyPlanView.target(HBA1C, Locale.ENGLISH)).isEqualTo("HbA1c-Wert ≤ 7.5");
  }
}
