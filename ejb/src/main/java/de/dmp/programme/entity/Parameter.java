package de.dmp.programme.entity;

import de.dmp.platform.entity.Written;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One documentation parameter as the G-BA defines it: {@code label} is the G-BA's field name,
 * verbatim; {@code loinc} where a LOINC code exists, {@code atc} for a drug class. {@code
 * alternativeTo} names the parameter this one documents in another way (HbA1c in mmol/mol for HbA1c
 * in %, "nicht bestimmt" for eGFR): at most one of the two is filled, and either meets the other's
 * requirement. {@code labelEn}, {@code sectionEn}, {@code valuesEn} (by German value) and {@code
 * unitEn} are the optional English labels of the English UI; {@code unitEn} where the G-BA's unit
 * has German words or a decimal comma ("ml/min/1,73m²KOF", "% des Sollwertes").
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
    Set<DocumentType> documentTypes,
    String alternativeTo,
    @Pattern(regexp = English.NOT_BLANK, message = English.BLANK) String labelEn,
    @Pattern(regexp = English.NOT_BLANK, message = English.BLANK) String sectionEn,
    Map<String, @NotBlank(message = English.BLANK) String> valuesEn,
    @Pattern(regexp = English.NOT_BLANK, message = English.BLANK) String unitEn)
    implements Serializable {

  public Parameter {
    values = values == null ? List.of() : List.copyOf(values);
    valuesEn = valuesEn == null ? Map.of() : Map.copyOf(valuesEn);
    documentTypes =
        documentTypes == null || documentTypes.isEmpty()
            ? Set.of(DocumentType.values())
            : Set.copyOf(documentTypes);
  }

  /** The G-BA's label, or its English label for an English reader where there is one. */
  public String label(Locale locale) {
    return English.choose(label, labelEn, locale);
  }

  public String section(Locale locale) {
    return English.choose(section, sectionEn, locale);
  }

  /** The unit as a reader of the locale writes it; nothing for a parameter without one. */
  public String unit(Locale locale) {
    return unit == null ? "" : English.choose(unit, unitEn, locale);
  }

  /** A coded value as a reader of the locale sees it; the stored value stays the German one. */
  public String valueLabel(String value, Locale locale) {
    return English.choose(value, valuesEn.get(value), locale);
  }

  public boolean appearsIn(DocumentType documentType) {
    return documentTypes.contains(documentType);
  }

  /** Whether the field must be filled in, given what else has been filled in so far. */
  public boolean isRequiredWith(Map<String, String> values) {
    return required
        || (requiredWhen != null && requiredWhen.holdsFor(values.get(requiredWhen.parameter())));
  }

  public boolean isCoded() {
    return type == ParameterType.CODE || type == ParameterType.CODES;
  }

  /**
   * What is wrong with a value given for this parameter, if anything: the {@link FieldError}
   * problem and its arguments.
   */
  public Optional<FieldError> problemWith(String raw, LocalDate documentedOn) {
    return switch (type) {
      case QUANTITY, COUNT -> numberProblem(raw);
      case CODE ->
          values.contains(raw.strip())
              ? Optional.empty()
              : Optional.of(error("notAllowed", raw.strip(), values));
      case CODES -> codesProblem(raw);
      case DATE -> dateProblem(raw, documentedOn);
    };
  }

  private FieldError error(String problem, Object... arguments) {
    return FieldError.of(this, problem, arguments);
  }

  private Optional<FieldError> numberProblem(String raw) {
    Optional<BigDecimal> number = ParameterValue.number(raw);
    if (number.isEmpty()) {
      return Optional.of(error("notANumber", raw.strip()));
    }
    BigDecimal value = number.get();
    if (type == ParameterType.COUNT && value.stripTrailingZeros().scale() > 0) {
      return Optional.of(error("notWhole"));
    }
    if ((min != null && value.compareTo(min) < 0) || (max != null && value.compareTo(max) > 0)) {
      return Optional.of(
          error("outOfRange", range(Locale.GERMAN)).inEnglish(range(Locale.ENGLISH)));
    }
    return Optional.empty();
  }

  /** The range's bounds and unit as the language writes them: "0,5", "2,5", " ml/min/1,73m²KOF". */
  private Object[] range(Locale locale) {
    String shownUnit = unit(locale);
    return new Object[] {
      Written.number(min, locale),
      Written.number(max, locale),
      shownUnit.isEmpty() ? "" : " " + shownUnit
    };
  }

  private Optional<FieldError> codesProblem(String raw) {
    return ParameterValue.codes(raw).stream()
        .filter(code -> !values.contains(code))
        .findFirst()
        .map(code -> error("notAllowed", code, values));
  }

  private Optional<FieldError> dateProblem(String raw, LocalDate documentedOn) {
    Optional<LocalDate> date = ParameterValue.date(raw);
    if (date.isEmpty()) {
      return Optional.of(error("notADate", raw.strip()));
    }
    return date.get().isAfter(documentedOn)
        ? Optional.of(error("afterDocumentation", documentedOn))
        : Optional.empty();
  }
}
