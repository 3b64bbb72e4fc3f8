package de.dmp.therapy.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TherapyPlanTest {

  private static TherapyPlan version(int previous, LocalDate validFrom, String hba1cTarget) {
    return new TherapyPlan(
        null,
        previous,
        validFrom,
        List.of(new Goal("hba1c", "HbA1c", "4548-4", null, new BigDecimal(hba1cTarget), "%")),
        List.of(),
        List.of(),
        Instant.EPOCH);
  }

  private static final TherapyPlan FIRST = version(0, LocalDate.of(2024, 10, 1), "8.0");
  private static final TherapyPlan SECOND = version(1, LocalDate.of(2026, 12, 7), "7.5");
  private static final List<TherapyPlan> NEWEST_FIRST = List.of(SECOND, FIRST);

  @Test
  void inForceOn_shouldBeTheVersionValidOnThatDay() {
    assertThat(TherapyPlan.inForceOn(NEWEST_FIRST, LocalDate.of(2026, 10, 20))).contains(FIRST);
    assertThat(TherapyPlan.inForceOn(NEWEST_FIRST, LocalDate.of(2026, 12, 7))).contains(SECOND);
    assertThat(TherapyPlan.inForceOn(List.of(FIRST, SECOND), LocalDate.of(2027, 1, 1)))
        .contains(SECOND);
  }

  @Test
  void inForceOn_shouldBeNoneBeforeTheFirstVersion() {
    assertThat(TherapyPlan.inForceOn(NEWEST_FIRST, LocalDate.of(2024, 9, 30))).isEmpty();
  }

  @Test
  void aCorrectionValidFromAnEarlierDay_shouldReplaceTheVersionBefore() {
    TherapyPlan correction = version(2, LocalDate.of(2024, 10, 1), "7.0");

    assertThat(TherapyPlan.inForceOn(List.of(correction, SECOND, FIRST), LocalDate.of(2025, 1, 1)))
        .contains(correction);
  }

  @Test
  void goal_shouldFindTheGoalOfAValue() {
    assertThat(FIRST.goal("hba1c")).map(Goal::getTargetHigh).contains(new BigDecimal("8.0"));
    assertThat(FIRST.goal("egfr")).isEmpty();
  }
}
