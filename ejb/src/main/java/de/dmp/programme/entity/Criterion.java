package de.dmp.programme.entity;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A condition on documented values, as quality targets and examinations state them: e.g. the latest
 * HbA1c at most 8.5, or at least two severe hypoglycaemias summed over 6 months. A value passes
 * when it is one of {@code in}, and within {@code min}/{@code max} (inclusive) and {@code
 * below}/{@code above} (exclusive); a criterion without any test only asks for a value.
 */
public record Criterion(
    @NotBlank String parameter,
    Aggregate over,
    @Positive Integer withinMonths,
    List<@NotBlank String> in,
    BigDecimal min,
    BigDecimal max,
    BigDecimal below,
    BigDecimal above) {

  public Criterion {
    over = over == null ? Aggregate.LATEST : over;
    in = in == null ? List.of() : List.copyOf(in);
  }

  @AssertTrue(message = "{dmp.programme.criterion.withinMonths}")
  public boolean isWindowGiven() {
    return over == Aggregate.LATEST || withinMonths != null;
  }

  boolean isNumeric() {
    return min != null || max != null || below != null || above != null;
  }

  /** Whether one documented value passes the tests. */
  public boolean accepts(String raw) {
    if (ParameterValue.isBlank(raw)) {
      return false;
    }
    if (!in.isEmpty() && ParameterValue.codes(raw).stream().noneMatch(in::contains)) {
      return false;
    }
    return !isNumeric() || ParameterValue.number(raw).filter(this::inRange).isPresent();
  }

  private boolean inRange(BigDecimal value) {
    return (min == null || value.compareTo(min) >= 0)
        && (max == null || value.compareTo(max) <= 0)
        && (below == null || value.compareTo(below) < 0)
        && (above == null || value.compareTo(above) > 0);
  }

  /**
   * Whether the criterion holds on a patient's documentations as of a day.
   *
   * @param documented the documentations' values by their date, oldest first
   */
  public boolean holds(List<Documented> documented, LocalDate asOf) {
    LocalDate from = withinMonths == null ? LocalDate.MIN : asOf.minusMonths(withinMonths);
    List<String> window =
        documented.stream()
            .filter(d -> d.on().isAfter(from) && !d.on().isAfter(asOf))
            .map(d -> d.values().get(parameter))
            .filter(raw -> !ParameterValue.isBlank(raw))
            .toList();
    return switch (over) {
      case LATEST -> !window.isEmpty() && accepts(window.get(window.size() - 1));
      case ANY -> window.stream().anyMatch(this::accepts);
      case SUM -> accepts(sum(window).toPlainString());
    };
  }

  private static BigDecimal sum(List<String> values) {
    return values.stream()
        .map(ParameterValue::number)
        .flatMap(Optional::stream)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** One documentation's values and the day it was made. */
  public record Documented(LocalDate on, Map<String, String> values) {}
}
