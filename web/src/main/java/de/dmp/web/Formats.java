package de.dmp.web;

import de.dmp.platform.entity.Written;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and numbers in the user's language for the pages ({@link Written}: 03.04.1958 and 7,5 in
 * German, 3 Apr 1958 and 7.5 in English); times of day on the 24-hour clock in both: 03.04.1958,
 * 09:30.
 */
@Named
@RequestScoped
public class Formats {

  private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

  public String day(LocalDate day) {
    return Written.day(day, Texts.locale());
  }

  /** A day with its time of day on the 24-hour clock, as the calendar shows it. */
  public String time(LocalDateTime time) {
    return time == null ? "" : day(time.toLocalDate()) + ", " + HOURS.format(time);
  }

  /** A patient as the lists and dialogs name them: "Müller, Anna". */
  public String patient(String familyName, String givenName) {
    return familyName + ", " + givenName;
  }

  /**
   * The region the calendar and the date pickers write for (de_DE, en_GB: {@link Written#region}),
   * so that they show days and weeks as the pages do.
   */
  public Locale getRegion() {
    return Written.region(Texts.locale());
  }

  public String number(BigDecimal number) {
    return Written.number(number, Texts.locale());
  }
}
