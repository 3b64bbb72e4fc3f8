package de.dmp.rules.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates and numbers as a German doctor reads them in a verdict. */
final class Wording {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  private Wording() {}

  static String date(LocalDate day) {
    return DATE.format(day);
  }

  static String number(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString().replace('.', ',');
  }
}
