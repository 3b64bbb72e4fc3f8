package de.dmp.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates and numbers as the user's language writes them: 03.04.1958 and 7,5 in German, 3 Apr 1958
 * and 7.5 in English; times of day on the 24-hour clock in both: 03.04.1958, 09:30.
 */
@Named
@RequestScoped
public class Formats {

  private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

  public String day(LocalDate day) {
    return day(day, Texts.locale());
  }

  /** A day with its time of day on the 24-hour clock, as the calendar shows it. */
  public String time(LocalDateTime time) {
    return time == null ? "" : day(time.toLocalDate()) + ", " + HOURS.format(time);
  }

  public String number(BigDecimal number) {
    return number(number, Texts.locale());
  }

  public static String day(LocalDate day, Locale locale) {
    return day == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(day);
  }

  /**
   * A number with the language's decimal separator and only the decimals it has: 7,5 not 7,500 (a
   * German reads "140.000" as a hundred and forty thousand), and without grouping, so that no
   * separator can be taken for the other.
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
