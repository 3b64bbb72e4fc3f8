package de.dmp.programme.entity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Map;

/**
 * A periodic control examination, e.g. the foot inspection. A documentation counts as the
 * examination when all of its {@code evidence} criteria accept its values. It is due every {@code
 * intervalMonths}, or every {@code intervalBy} months as chosen in the latest documentation (the
 * foot inspection interval by risk); a {@code reminder} is shown once the last one is older than
 * {@code reminderAfterMonths}. Patients younger than {@code minimumAgeYears} are not reminded.
 * {@code labelEn} and {@code reminderEn} are the optional English texts of the English UI.
 */
public record Examination(
    @NotBlank String code,
    @NotBlank String label,
    @Positive int intervalMonths,
    @Valid IntervalBy intervalBy,
    @Positive Integer reminderAfterMonths,
    String reminder,
    @Positive Integer minimumAgeYears,
    @NotEmpty List<@Valid Criterion> evidence,
    String source,
    @Pattern(regexp = English.NOT_BLANK, message = English.BLANK) String labelEn,
    @Pattern(regexp = English.NOT_BLANK, message = English.BLANK) String reminderEn) {

  public Examination {
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }

  /** Whether a documentation's values show that the examination was done. */
  public boolean isShownBy(Map<String, String> values) {
    return evidence.stream().allMatch(c -> c.accepts(values.get(c.parameter())));
  }

  /** The interval in months, as the latest documentation's values choose it. */
  public int intervalMonths(Map<String, String> latestValues) {
    String chosen = intervalBy == null ? null : latestValues.get(intervalBy.parameter());
    return chosen == null
        ? intervalMonths
        : intervalBy.months().getOrDefault(chosen, intervalMonths);
  }

  /** The interval chosen by a documented value, e.g. "Alle 6 Monate" gives 6. */
  public record IntervalBy(
      @NotBlank String parameter, @NotEmpty Map<String, @Positive Integer> months) {
    public IntervalBy {
      months = months == null ? Map.of() : Map.copyOf(months);
    }
  }
}
