package de.dmp.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Dates as the user's language writes them: 03.04.1958 in German, 3 Apr 1958 in English; times of
 * day on the 24-hour clock in both: 03.04.1958, 09:30.
 */
@Named
@RequestScoped
public class Formats {

  private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");

  public String day(LocalDate day) {
    return day == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
            .format(day);
  }

  /** A day with its time of day on the 24-hour clock, as the calendar shows it. */
  public String time(LocalDateTime time) {
    return time == null ? "" : day(time.toLocalDate()) + ", " + HOURS.format(time);
  }
}
