package de.dmp.platform.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QuarterTest {

  @Test
  void of_shouldFindTheCalendarQuarterOfADay() {
    assertThat(Quarter.of(LocalDate.of(2026, 3, 31))).isEqualTo(new Quarter(2026, 1));
    assertThat(Quarter.of(LocalDate.of(2026, 4, 1))).isEqualTo(new Quarter(2026, 2));
    assertThat(Quarter.of(LocalDate.of(2026, 12, 31))).isEqualTo(new Quarter(2026, 4));
  }

  @Test
  void plus_shouldCrossYearBoundariesBothWays() {
    assertThat(new Quarter(2026, 4).plus(1)).isEqualTo(new Quarter(2027, 1));
    assertThat(new Quarter(2026, 3).plus(2)).isEqualTo(new Quarter(2027, 1));
    assertThat(new Quarter(2026, 1).plus(-1)).isEqualTo(new Quarter(2025, 4));
  }

  @Test
  void deadlines_shouldBe10And52DaysAfterTheQuarterEnds() {
    var quarter = new Quarter(2026, 3);

    assertThat(quarter.start()).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(quarter.end()).isEqualTo(LocalDate.of(2026, 9, 30));
    assertThat(quarter.deliveryDeadline()).isEqualTo(LocalDate.of(2026, 10, 10));
    assertThat(quarter.correctionDeadline()).isEqualTo(LocalDate.of(2026, 11, 21));
    assertThat(quarter.contains(LocalDate.of(2026, 9, 30))).isTrue();
    assertThat(quarter.contains(LocalDate.of(2026, 10, 1))).isFalse();
  }

  @Test
  void new_shouldRefuseAFifthQuarter() {
    assertThatThrownBy(() -> new Quarter(2026, 5)).isInstanceOf(IllegalArgumentException.class);
  }
}
