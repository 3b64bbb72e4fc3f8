package de.dmp.platform.entity;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Days and numbers as a language writes them: 03.04.1958 and 7,5 in German, 3 Apr 1958 and 7.5 in
 * English. The one place for it, so that the rules' sentences, the refusals, the pages, the chart
 * and the calendar agree.
 */
public final class Written {

  private Written() {}

  /**
   * The region whose conventions a reader of the language gets: Germany's for German, Britain's for
   * every other. English is read in a German practice, so it is written the British way: 3 Apr 1958
   * (neither the day nor the month first as digits, which a German would misread), weeks from
   * Monday, the 24-hour clock; never the American "Apr 3, 1958" or a week from Sunday.
   */
  public static Locale region(Locale language) {
    return Locale.GERMAN.getLanguage().equals(language.getLanguage()) ? Locale.GERMANY : Locale.UK;
  }

  /** A day in the region's medium form (03.04.1958, 3 Apr 1958); nothing for no day. */
  public static String day(LocalDate day, Locale locale) {
    return day == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(region(locale))
            .format(day);
  }

  /** A day as an argument of a message, written as each reader's language writes it. */
  public static Localised day(LocalDate day) {
    return locale -> day(day, locale);
  }

  /**
   * A number with the language's decimal separator and only the decimals it has: 7,5 not 7,500 (a
   * German reads "140.000" as a hundred and forty thousand), and without grouping, so that no
   * separator can be taken for the other; nothing for no number.
   */
  public static String number(BigDecimal number, Locale locale) {
    if (number == null) {
      return "";
    }
    var format = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(region(locale)));
    format.setMaximumFractionDigits(Math.max(0, number.scale()));
    return format.format(number);
  }
}
