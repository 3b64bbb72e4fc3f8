package de.dmp.web.therapy;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.programme.entity.Training;
import de.dmp.therapy.entity.Measure;
import de.dmp.web.therapy.PlanRows.MeasureRow;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanRowsTest {

  private static final Map<String, Training> TRAININGS =
      Map.of(
          "diabetes-training",
          new Training("diabetes-training", "Diabetes-Schulung", "Diabetes education"));

  @Test
  void first_shouldChooseTheProgrammesFirstTrainingOrAReferralWhereItHasNone() {
    MeasureRow training = MeasureRow.first(List.of("diabetes-training"));
    assertThat(training.getKind()).isEqualTo(Measure.Kind.TRAINING);
    assertThat(training.getCode()).isEqualTo("diabetes-training");

    assertThat(MeasureRow.first(List.of()).getKind()).isEqualTo(Measure.Kind.REFERRAL);
  }

  @Test
  void toMeasure_shouldNameATrainingAsTheProgrammeDoesAndKeepAReferralAsTyped() {
    Measure training = MeasureRow.first(List.of("diabetes-training")).toMeasure(TRAININGS);
    assertThat(training.getCode()).isEqualTo("diabetes-training");
    assertThat(training.getLabel()).isEqualTo("Diabetes-Schulung");

    MeasureRow row = MeasureRow.first(List.of());
    row.setLabel("Augenärztin");
    Measure referral = row.toMeasure(TRAININGS);
    assertThat(referral.getCode()).isEqualTo(MeasureRow.REFERRAL);
    assertThat(referral.getLabel()).isEqualTo("Augenärztin");
  }
}
