package de.dmp.programme.entity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One documentation parameter as the G-BA defines it: {@code label} is the G-BA's field name,
 * verbatim; {@code loinc} where a LOINC code exists, {@code atc} for a drug class.
 */
public record Parameter(
    @NotBlank @Pattern(regexp = "[a-z0-9-]+", message = "{dmp.programme.parameter.code.pattern}")
        String code,
    @NotBlank String label,
    @NotBlank String section,
    @NotNull ParameterType type,
    String unit,
    String loinc,
    String atc,
    BigDecimal min,
    BigDecimal max,
    List<@NotBlank String> values,
    boolean required,
    @Valid RequiredWhen requiredWhen,
    Set<DocumentType> documentTypes) {

  public Parameter {
    values = values == null ? List.of() : List.copyOf(values);
    documentTypes =
        documentTypes == null || documentTypes.isEmpty()
            ? Set.of(DocumentType.values())
            : Set.copyOf(documentTypes);
  }

  public boolean appearsIn(DocumentType documentType) {
    return documentTypes.contains(documentType);
  }

  public boolean isCoded() {
    return type == ParameterType.CODE || type == ParameterType.CODES;
  }

  /** What is wrong with a value given for this parameter, if anything. */
  public Optional<String> problemWith(String raw, LocalDate documentedOn) {
    return switch (type) {
      case QUANTITY, COUNT -> numberProblem(raw);
      case CODE ->
          values.contains(raw.strip())
              ? Optional.empty()
              : Optional.of("'" + raw.strip() + "' is not one of " + values);
      case CODES -> codesProblem(raw);
      case DATE -> dateProblem(raw, documentedOn);
    };
  }

  private Optional<String> numberProblem(String raw) {
    Optional<BigDecimal> number = ParameterValue.number(raw);
    if (number.isEmpty()) {
      return Optional.of("'" + raw.strip() + "' is not a number");
    }
    BigDecimal value = number.get();
    if (type == ParameterType.COUNT && value.stripTrailingZeros().scale() > 0) {
      return Optional.of("must be a whole number");
    }
    if ((min != null && value.compareTo(min) < 0) || (max != null && value.compareTo(max) > 0)) {
      return Optional.of(
          "must be between "
              + min.toPlainString()
              + " and "
              + max.toPlainString()
              + (unit == null ? "" : " " + unit));
    }
    return Optional.empty();
  }

  private Optional<String> codesProblem(String raw) {
    List<String> chosen = ParameterValue.codes(raw);
    return chosen.stream()
        .filter(code -> !values.contains(code))
        .findFirst()
        .map(code -> "'" + code + "' is not one of " + values);
  }

  private static Optional<String> dateProblem(String raw, LocalDate documentedOn) {
    Optional<LocalDate> date = ParameterValue.date(raw);
    if (date.isEmpty()) {
      return Optional.of("'" + raw.strip() + "' is not a date (yyyy-MM-dd)");
    }
    return date.get().isAfter(documentedOn)
        ? Optional.of("must not be after the documentation date " + documentedOn)
        : Optional.empty();
  }
}
