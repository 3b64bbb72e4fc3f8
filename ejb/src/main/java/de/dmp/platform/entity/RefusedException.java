package de.dmp.platform.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A request the record's rules refuse, nothing stored. The reason is a key of {@code
 * Refusals*.properties} with its arguments, so that each reader gets it in their language: English
 * for systems ({@link #getMessage()}, e.g. an OperationOutcome), the user's for the UI.
 */
public abstract class RefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private static final String BUNDLE = "de.dmp.platform.entity.Refusals";

  private final String key;
  private final List<String> arguments;

  protected RefusedException(String key, Object... arguments) {
    super(text(key, words(arguments), Locale.ROOT));
    this.key = key;
    this.arguments = words(arguments);
  }

  private static List<String> words(Object... arguments) {
    return Arrays.stream(arguments).map(String::valueOf).toList();
  }

  private static String text(String key, List<String> arguments, Locale locale) {
    return LocalisedText.format(BUNDLE, key, arguments, locale);
  }

  /** The reason in the language of the locale where there is a text for it, else English. */
  public String message(Locale locale) {
    return text(key, arguments, locale);
  }
}
