package de.dmp.rules.entity;

import de.dmp.platform.entity.LocalisedText;
import de.dmp.platform.entity.Written;
import de.dmp.platform.time.Quarter;
import de.dmp.programme.entity.English;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What a rule says, as a key of {@code Verdicts*.properties} with typed arguments, so that each
 * reader gets it in their language: dates and numbers are formatted and programme labels chosen
 * only when it is read (German 05.03.2026 and 7,5 for the practice and over FHIR, English for the
 * English UI). Stored as such with the deadlines, never as a sentence.
 */
public record Wording(String key, List<Argument> arguments) implements Serializable {

  private static final String BUNDLE = "de.dmp.rules.entity.Verdicts";

  public Wording {
    arguments = List.copyOf(arguments);
  }

  static Wording of(String key, Argument... arguments) {
    return new Wording(key, Arrays.asList(arguments));
  }

  /** The label of the documentation an enrolment owes: the initial one or a quarter's follow-up. */
  public static Wording documentation(boolean initial, Quarter quarter) {
    return initial ? of("label.initial") : of("label.followUp", Argument.text(quarter));
  }

  /** The sentence in the language of the locale where the bundle has it, else in English. */
  public String in(Locale locale) {
    return LocalisedText.format(
        BUNDLE, key, arguments.stream().map(a -> a.in(locale)).toList(), locale);
  }

  /**
   * One argument of a sentence: a text as it is (a quarter, a count), a day, a number, numbers in a
   * series, a programme label with its optional English label, or a sentence of its own.
   */
  public record Argument(Kind kind, String value, String english, Wording wording)
      implements Serializable {

    /** How an argument is read. */
    public enum Kind {
      TEXT,
      DATE,
      NUMBER,
      SERIES,
      LABEL,
      WORDING
    }

    static Argument text(Object value) {
      return new Argument(Kind.TEXT, String.valueOf(value), null, null);
    }

    static Argument date(LocalDate day) {
      return new Argument(Kind.DATE, day.toString(), null, null);
    }

    static Argument number(BigDecimal value) {
      return new Argument(Kind.NUMBER, value.toPlainString(), null, null);
    }

    static Argument series(List<BigDecimal> values) {
      return new Argument(
          Kind.SERIES,
          String.join(" ", values.stream().map(BigDecimal::toPlainString).toList()),
          null,
          null);
    }

    /** A label of the programme definition: the G-BA's German, and English where it has one. */
    static Argument label(String german, String english) {
      return new Argument(Kind.LABEL, german, english, null);
    }

    static Argument wording(Wording wording) {
      return new Argument(Kind.WORDING, null, null, wording);
    }

    String in(Locale locale) {
      return switch (kind) {
        case TEXT -> value;
        case DATE -> Written.day(LocalDate.parse(value), locale);
        case NUMBER -> Written.number(new BigDecimal(value), locale);
        case SERIES ->
            String.join(
                " → ",
                Arrays.stream(value.split(" "))
                    .map(n -> Written.number(new BigDecimal(n), locale))
                    .toList());
        case LABEL -> English.choose(value, english, locale);
        case WORDING -> wording.in(locale);
      };
    }
  }
}
