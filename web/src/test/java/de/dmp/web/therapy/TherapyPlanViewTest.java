package de.dmp.web.therapy;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.programme.entity.Parameter;
import de.dmp.programme.entity.ParameterType;
import de.dmp.therapy.entity.Goal;
import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TherapyPlanViewTest {

  private static final Parameter HBA1C_VALUE = quantity("hba1c", "HbA1c-Wert", "HbA1c", "%", null);
  private static final Parameter EGFR_VALUE =
      quantity("egfr", "eGFR", "eGFR", "ml/min/1,73m²KOF", "ml/min/1.73 m² BSA");

  /** A goal saved under an older label than the programme's, "HbA1c" for "HbA1c-Wert". */
  private static final Goal HBA1C =
      new Goal("hba1c", "HbA1c", "4548-4", null, new BigDecimal("7.500"), "%");

  private static final Goal EGFR =
      new Goal("egfr", "eGFR", "62238-1", new BigDecimal("60.000"), new BigDecimal("90.5"), null);

  private static Parameter quantity(
      String code, String label, String labelEn, String unit, String unitEn) {
    return new Parameter(
        code,
        label,
        "Befunde",
        ParameterType.QUANTITY,
        unit,
        null,
        null,
        null,
        null,
        null,
        false,
        null,
        null,
        null,
        labelEn,
        null,
        null,
        unitEn);
  }

  @Test
  void target_shouldNameTheValueAsTheProgrammeDoesWithItsUnitInGerman() {
    assertThat(TherapyPlanView.target(HBA1C, HBA1C_VALUE, Locale.GERMAN))
        .isEqualTo("HbA1c-Wert ≤ 7,5 %");
    assertThat(TherapyPlanView.target(EGFR, EGFR_VALUE, Locale.GERMAN))
        .isEqualTo("eGFR 60–90,5 ml/min/1,73m²KOF");
  }

  @Test
  void target_shouldReadInEnglishWithTheEnglishLabelAndUnit() {
    assertThat(TherapyPlanView.target(HBA1C, HBA1C_VALUE, Locale.ENGLISH))
        .isEqualTo("HbA1c ≤ 7.5 %");
    assertThat(TherapyPlanView.target(EGFR, EGFR_VALUE, Locale.ENGLISH))
        .isEqualTo("eGFR 60–90.5 ml/min/1.73 m² BSA");
  }

  @Test
  void target_shouldKeepTheSavedLabelAndUnitOfAValueTheProgrammeLacks() {
    assertThat(TherapyPlanView.target(HBA1C, null, Locale.GERMAN)).isEqualTo("HbA1c ≤ 7,5 %");
    assertThat(TherapyPlanView.target(EGFR, null, Locale.ENGLISH)).isEqualTo("eGFR 60–90.5");
  }
}
