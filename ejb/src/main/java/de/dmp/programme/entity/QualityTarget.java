package de.dmp.programme.entity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * A quality target as the G-BA words it, with the criteria that put a documented patient into its
 * denominator (all documented patients when there are none) and numerator. The target share comes
 * from the regional contract and is configuration, not part of the definition. {@code labelEn} is
 * the optional English label of the English UI and of FHIR readers asking for English.
 */
public record QualityTarget(
    @NotBlank String code,
    @NotBlank String label,
    @NotBlank String numerator,
    @NotBlank String denominator,
    @NotNull Improvement improvement,
    List<@Valid Criterion> denominatorWhen,
    @NotEmpty List<@Valid Criterion> numeratorWhen,
    @NotBlank String source,
    @Pattern(regexp = English.NOT_BLANK, message = English.BLANK) String labelEn) {

  public QualityTarget {
    denominatorWhen = denominatorWhen == null ? List.of() : List.copyOf(denominatorWhen);
    numeratorWhen = numeratorWhen == null ? List.of() : List.copyOf(numeratorWhen);
  }

  public boolean inDenominator(List<Criterion.Documented> documented, LocalDate asOf) {
    return denominatorWhen.stream().allMatch(c -> c.holds(documented, asOf));
  }

  /** In the numerator: in the denominator, and every numerator criterion holds. */
  public boolean inNumerator(List<Criterion.Documented> documented, LocalDate asOf) {
    return inDenominator(documented, asOf) && meetsNumerator(documented, asOf);
  }

  /** Whether every numerator criterion holds, for a patient already known to be counted. */
  public boolean meetsNumerator(List<Criterion.Documented> documented, LocalDate asOf) {
    return numeratorWhen.stream().allMatch(c -> c.holds(documented, asOf));
  }

  /** Every criterion, denominator first. */
  public List<Criterion> criteria() {
    return Stream.concat(denominatorWhen.stream(), numeratorWhen.stream()).toList();
  }
}
