package de.dmp.programme.entity;

import de.dmp.platform.entity.LocalisedText;
import de.dmp.platform.entity.Written;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One failing documentation field: the parameter's code, its G-BA label (and English label where
 * there is one) and what is wrong, as a key of {@code FieldErrors*.properties} with its arguments,
 * so that each reader gets it in their language: the UI's user, and a FHIR client as its {@code
 * Accept-Language} asks. Arguments that are labels or values of the programme have their English
 * form beside them, which the English reader gets; a day is written as each language writes it.
 */
public record FieldError(
    String parameter,
    String label,
    String labelEn,
    String problem,
    List<String> arguments,
    List<String> englishArguments)
    implements Serializable {

  static final String REQUIRED = "required";
  static final String REQUIRED_WHEN = "requiredWhen";
  private static final String BUNDLE = "de.dmp.programme.entity.FieldErrors";

  /** The fields of a visit rather than of a programme, labelled by {@code FieldErrors}. */
  private static final String VISIT_FIELD = "field.";

  public FieldError {
    arguments = List.copyOf(arguments);
    englishArguments = List.copyOf(englishArguments);
  }

  /** An error of a field whose label reads the same in every language, e.g. an unknown code. */
  public static FieldError of(String parameter, String label, String problem, Object... arguments) {
    return new FieldError(
        parameter,
        label,
        null,
        problem,
        written(arguments, Locale.GERMAN),
        written(arguments, Locale.ENGLISH));
  }

  /** An error of a programme's parameter, labelled as the definition labels it. */
  public static FieldError of(Parameter parameter, String problem, Object... arguments) {
    return new FieldError(
        parameter.code(),
        parameter.label(),
        parameter.labelEn(),
        problem,
        written(arguments, Locale.GERMAN),
        written(arguments, Locale.ENGLISH));
  }

  /** An error of the visit's {@code date} or {@code enrolment}, which no programme defines. */
  public static FieldError ofVisit(String field, String problem, Object... arguments) {
    return new FieldError(
        field,
        LocalisedText.format(BUNDLE, VISIT_FIELD + field, List.of(), Locale.GERMAN),
        LocalisedText.format(BUNDLE, VISIT_FIELD + field, List.of(), Locale.ENGLISH),
        problem,
        written(arguments, Locale.GERMAN),
        written(arguments, Locale.ENGLISH));
  }

  /** The same error with the arguments as an English reader sees them (the definition's labels). */
  public FieldError inEnglish(Object... english) {
    return new FieldError(
        parameter, label, labelEn, problem, arguments, written(english, Locale.ENGLISH));
  }

  private static List<String> written(Object[] arguments, Locale locale) {
    return Arrays.stream(arguments)
        .map(
            argument ->
                argument instanceof LocalDate day
                    ? Written.day(day, locale)
                    : String.valueOf(argument))
        .toList();
  }

  /** Whether the field is missing rather than wrong. */
  public boolean isMissing() {
    return problem.equals(REQUIRED) || problem.equals(REQUIRED_WHEN);
  }

  /** The G-BA's label, or the English label for an English reader where there is one. */
  public String label(Locale locale) {
    return English.choose(label, labelEn, locale);
  }

  /** What is wrong, in English, as systems and the log read it. */
  public String message() {
    return message(Locale.ENGLISH);
  }

  /** What is wrong, in the language of the locale where there is a text for it, else English. */
  public String message(Locale locale) {
    return LocalisedText.format(
        BUNDLE, problem, English.wanted(locale) ? englishArguments : arguments, locale);
  }

  /** "label: what is wrong" in the reader's language, e.g. "HbA1c-Wert: muss zwischen …". */
  public String text(Locale locale) {
    return label(locale) + ": " + message(locale);
  }

  @Override
  public String toString() {
    return text(Locale.ENGLISH);
  }
}
