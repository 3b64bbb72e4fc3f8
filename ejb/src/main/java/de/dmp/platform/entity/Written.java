package de.dmp.platform.entity;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Days and numbers as a language writes them: 03.04.1958 and 7,5 in German, Apr 3, 1958 and 7.5 in
 * English. The one place for it, so that the rules' sentences and the pages agree.
 */
public final class Written {

  private Written() {}

  /** A day in the locale's medium form; nothing for no day. */
  public static String day(LocalDate day, Locale locale) {
    return day == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
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
    var format = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(locale));
    format.setMaximumFractionDigits(Math.max(0, number.scale()));
    return format.format(number);
  }
}
