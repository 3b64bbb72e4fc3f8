package de.dmp.platform.entity;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * What is wrong with a definition (a programme, a contract), at the path of the offending element
 * ({@code parameters[2].label}), worded in every language of the UI when it is found: an
 * administrator reads it in theirs, a system and the deployment log in English.
 */
public record DefinitionProblem(String path, Map<String, String> textByLanguage)
    implements Serializable {

  private static final String BUNDLE = "de.dmp.platform.entity.DefinitionProblems";
  private static final String ENGLISH = "en";

  /** The UI's languages; English as the bundles' root, which never falls back to the server's. */
  private static final Map<String, Locale> LANGUAGES =
      Map.of(ENGLISH, Locale.ROOT, "de", Locale.GERMAN);

  public DefinitionProblem {
    textByLanguage = Map.copyOf(textByLanguage);
  }

  /** A problem worded by a key of {@code DefinitionProblems*.properties} with its arguments. */
  public static DefinitionProblem of(String path, String key, Object... arguments) {
    List<String> words = Arrays.stream(arguments).map(String::valueOf).toList();
    return worded(path, locale -> LocalisedText.format(BUNDLE, key, words, locale));
  }

  /** A violated constraint, worded by Bean Validation's messages in each language. */
  public static DefinitionProblem of(
      ConstraintViolation<?> violation, MessageInterpolator interpolator) {
    return worded(
        violation.getPropertyPath().toString(),
        locale -> ViolationWording.in(violation, interpolator, locale));
  }

  /**
   * A problem only an operator deploying files reads, e.g. a JSON parser's: the same text for every
   * language.
   */
  public static DefinitionProblem inEnglish(String text) {
    return worded("", locale -> text);
  }

  private static DefinitionProblem worded(String path, Function<Locale, String> wording) {
    Map<String, String> texts = new HashMap<>();
    LANGUAGES.forEach((language, locale) -> texts.put(language, wording.apply(locale)));
    return new DefinitionProblem(path, texts);
  }

  /** "path: what is wrong" in the locale's language where there is a text, else English. */
  public String text(Locale locale) {
    String text = textByLanguage.getOrDefault(locale.getLanguage(), textByLanguage.get(ENGLISH));
    return path.isEmpty() ? text : path + ": " + text;
  }

  @Override
  public String toString() {
    return text(Locale.ENGLISH);
  }
}
