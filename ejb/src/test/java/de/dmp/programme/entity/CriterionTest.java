package de.dmp.programme.entity;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.programme.entity.Criterion.Documented;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CriterionTest {

  private static final LocalDate DAY = LocalDate.of(2026, 12, 31);

  private static Criterion numeric(Aggregate over, Integer months, String min, String max) {
    return new Criterion(
        "n",
        over,
        months,
        null,
        min == null ? null : new BigDecimal(min),
        max == null ? null : new BigDecimal(max),
        null,
        null);
  }

  private static Documented on(String day, String value) {
    return new Documented(LocalDate.parse(day), Map.of("n", value));
  }

  @Test
  void latest_shouldReadTheNewestValueOnly() {
    Criterion atMost = numeric(Aggregate.LATEST, null, null, "8.5");

    assertThat(atMost.holds(List.of(on("2026-01-01", "9.9"), on("2026-10-01", "8,5")), DAY))
        .isTrue();
    assertThat(atMost.holds(List.of(on("2026-01-01", "7"), on("2026-10-01", "8.51")), DAY))
        .isFalse();
    assertThat(atMost.holds(List.of(), DAY)).isFalse();
  }

  @Test
  void latest_shouldIgnoreDocumentationsAfterTheDay() {
    Criterion atMost = numeric(Aggregate.LATEST, null, null, "8.5");

    assertThat(atMost.holds(List.of(on("2026-10-01", "7"), on("2027-01-01", "9")), DAY)).isTrue();
  }

  @Test
  void sum_shouldAddTheValuesInsideTheWindowOnly() {
    Criterion twoInSixMonths = numeric(Aggregate.SUM, 6, "2", null);

    assertThat(twoInSixMonths.holds(List.of(on("2026-06-30", "1"), on("2026-12-01", "1")), DAY))
        .isFalse();
    assertThat(twoInSixMonths.holds(List.of(on("2026-07-01", "1"), on("2026-12-01", "1")), DAY))
        .isTrue();
  }

  @Test
  void any_shouldFindOneMatchingCodeAmongSeveral() {
    Criterion event =
        new Criterion("n", Aggregate.ANY, 12, List.of("Herzinfarkt"), null, null, null, null);

    assertThat(
            event.holds(
                List.of(on("2026-02-01", "Keine|Herzinfarkt"), on("2026-11-01", "Keine")), DAY))
        .isTrue();
    assertThat(event.holds(List.of(on("2025-12-31", "Herzinfarkt")), DAY)).isFalse();
  }

  @Test
  void belowAndAbove_shouldBeExclusive() {
    Criterion between =
        new Criterion(
            "n", null, null, null, null, null, new BigDecimal("140"), new BigDecimal("90"));

    assertThat(between.accepts("139.9")).isTrue();
    assertThat(between.accepts("140")).isFalse();
    assertThat(between.accepts("90")).isFalse();
    assertThat(between.accepts("abc")).isFalse();
  }

  @Test
  void windowlessSum_shouldBeInvalid() {
    assertThat(numeric(Aggregate.SUM, null, "1", null).isWindowGiven()).isFalse();
    assertThat(numeric(Aggregate.LATEST, null, "1", null).isWindowGiven()).isTrue();
  }
}
