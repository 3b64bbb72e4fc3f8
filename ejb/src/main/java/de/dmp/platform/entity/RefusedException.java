package de.dmp.platform.entity;

import java.time.LocalDate;
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
  private final List<Localised> arguments;

  /**
   * The arguments as they are, but a {@link Localised} one and a day in the reader's language
   * ({@link Written#day(LocalDate)}).
   */
  protected RefusedException(String key, Object... arguments) {
    super(text(key, words(arguments), Locale.ROOT));
    this.key = key;
    this.arguments = words(arguments);
  }

  private static List<Localised> words(Object... arguments) {
    return Arrays.stream(arguments).map(RefusedException::word).toList();
  }

  private static Localised word(Object argument) {
    if (argument instanceof Localised localised) {
      return localised;
    }
    if (argument instanceof LocalDate day) {
      return Written.day(day);
    }
    return new Verbatim(String.valueOf(argument));
  }

  private static String text(String key, List<Localised> arguments, Locale locale) {
    return LocalisedText.format(
        BUNDLE, key, arguments.stream().map(a -> a.in(locale)).toList(), locale);
  }

  /** An argument that reads the same in every language: a code, a number, a state. */
  private record Verbatim(String text) implements Localised {
    @Override
    public String in(Locale locale) {
      return text;
    }
  }

  /** The reason in the language of the locale where there is a text for it, else English. */
  public String message(Locale locale) {
    return text(key, arguments, locale);
  }
}
