package de.dmp.programme.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reading a value as typed by a person or sent by a system: decimals with a comma or a point, dates
 * as ISO (yyyy-MM-dd), several codes separated by {@value #SEPARATOR}.
 */
public final class ParameterValue {

  /** Separates the values of a {@link ParameterType#CODES} parameter. */
  public static final String SEPARATOR = "|";

  private ParameterValue() {}

  public static Optional<BigDecimal> number(String raw) {
    try {
      return Optional.of(new BigDecimal(raw.strip().replace(',', '.')));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  public static Optional<LocalDate> date(String raw) {
    try {
      return Optional.of(LocalDate.parse(raw.strip()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  public static List<String> codes(String raw) {
    return Arrays.stream(raw.split("\\" + SEPARATOR)).map(String::strip).toList();
  }

  public static boolean isBlank(String raw) {
    return raw == null || raw.isBlank();
  }
}
