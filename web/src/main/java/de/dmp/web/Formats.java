package de.dmp.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** Dates as the user's language writes them: 03.04.1958 in German, 3 Apr 1958 in English. */
@Named
@RequestScoped
public class Formats {

  public String day(LocalDate day) {
    return day == null
        ? ""
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
            .withLocale(FacesContext.getCurrentInstance().getViewRoot().getLocale())
            .format(day);
  }
}
