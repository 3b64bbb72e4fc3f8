package de.dmp.quality.entity;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.programme.entity.Improvement;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TargetResultTest {

  private static TargetResult result(
      Improvement improvement, long numerator, long denominator, String contractShare) {
    TargetShare configured =
        contractShare == null
            ? null
            : new TargetShare("DM2", "target", new BigDecimal(contractShare));
    return TargetResult.of(
        "target", "Ziel", "Target", improvement, numerator, denominator, configured, "2026");
  }

  @Test
  void oneOfSixtySevenAgainstAtMostOnePercent_shouldBeMissedAndShownAboveOnePercent() {
    TargetResult result = result(Improvement.LOWER, 1, 67, "0.01");

    assertThat(result.met()).isFalse();
    assertThat(result.shownPercent()).isEqualByComparingTo("1.5");
    assertThat(result.targetPercent()).isEqualByComparingTo("1");
  }

  @Test
  void justBelowAtLeastOnePercent_shouldShowTheHundredthsThatMissIt() {
    TargetResult result = result(Improvement.HIGHER, 96, 10_000, "0.01");

    assertThat(result.met()).isFalse();
    assertThat(result.shownPercent()).isEqualByComparingTo("0.96");
  }

  @Test
  void aShareThatTheWholeNumberTellsRight_shouldBeShownAsAWholeNumber() {
    TargetResult met = result(Improvement.HIGHER, 60, 67, "0.8");
    TargetResult missed = result(Improvement.HIGHER, 40, 67, "0.8");

    assertThat(met.met()).isTrue();
    assertThat(met.shownPercent()).isEqualTo(new BigDecimal("90"));
    assertThat(missed.met()).isFalse();
    assertThat(missed.shownPercent()).isEqualTo(new BigDecimal("60"));
  }

  @Test
  void exactlyTheContractsShare_shouldBeMetAndShownAsIt() {
    TargetResult result = result(Improvement.LOWER, 1, 100, "0.01");

    assertThat(result.met()).isTrue();
    assertThat(result.shownPercent()).isEqualTo(new BigDecimal("1"));
  }

  @Test
  void withoutContractShare_shouldShowAWholeNumberAndNoVerdict() {
    TargetResult result = result(Improvement.HIGHER, 1, 67, null);

    assertThat(result.met()).isNull();
    assertThat(result.shownPercent()).isEqualTo(new BigDecimal("1"));
    assertThat(result.targetPercent()).isNull();
  }

  @Test
  void withoutPatients_shouldShowNoShare() {
    assertThat(result(Improvement.HIGHER, 0, 0, "0.8").shownPercent()).isNull();
  }
}
