package de.dmp.programme.entity;

import de.dmp.platform.entity.LocalisedText;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One failing documentation field: the parameter's code, its G-BA label and what is wrong, as a key
 * of {@code FieldErrors*.properties} with its arguments, so that each reader gets it in their
 * language: English for systems, the user's for the UI. Arguments that are labels or values of the
 * programme have their English form beside them, which the English UI quotes.
 */
public record FieldError(
    String parameter,
    String label,
    String problem,
    List<String> arguments,
    List<String> englishArguments)
    implements Serializable {

  static final String REQUIRED = "required";
  static final String REQUIRED_WHEN = "requiredWhen";
  private static final String BUNDLE = "de.dmp.programme.entity.FieldErrors";

  public FieldError {
    arguments = List.copyOf(arguments);
    englishArguments = List.copyOf(englishArguments);
  }

  public static FieldError of(String parameter, String label, String problem, Object... arguments) {
    List<String> written = strings(arguments);
    return new FieldError(parameter, label, problem, written, written);
  }

  /** The same error with the arguments as an English reader sees them (the definition's labels). */
  public FieldError inEnglish(Object... english) {
    return new FieldError(parameter, label, problem, arguments, strings(english));
  }

  private static List<String> strings(Object... arguments) {
    return Arrays.stream(arguments).map(String::valueOf).toList();
  }

  /** Whether the field is missing rather than wrong. */
  public boolean isMissing() {
    return problem.equals(REQUIRED) || problem.equals(REQUIRED_WHEN);
  }

  /** What is wrong, in English. */
  public String message() {
    return message(Locale.ROOT);
  }

  /** What is wrong, in the language of the locale where there is a text for it, else English. */
  public String message(Locale locale) {
    return LocalisedText.format(
        BUNDLE, problem, English.wanted(locale) ? englishArguments : arguments, locale);
  }

  @Override
  public String toString() {
    return label + ": " + message();
  }
}
