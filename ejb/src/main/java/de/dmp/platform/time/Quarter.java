package de.dmp.platform.time;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** A calendar quarter, the unit in which DMP documentation is due. */
public record Quarter(int year, int number) implements Comparable<Quarter>, Serializable {

  /** First delivery of a quarter's documentations: 10 days after its end (KBV P1-73). */
  static final int DELIVERY_DAYS = 10;

  /** Corrections are accepted until 52 days after the quarter's end (KBV P1-73). */
  static final int CORRECTION_DAYS = 52;

  public Quarter {
    if (number < 1 || number > 4) {
      throw new IllegalArgumentException("A quarter is numbered 1 to 4, not " + number);
    }
  }

  public static Quarter of(LocalDate day) {
    return new Quarter(day.getYear(), day.get(IsoFields.QUARTER_OF_YEAR));
  }

  public Quarter plus(int quarters) {
    int index = year * 4 + (number - 1) + quarters;
    return new Quarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
  }

  public LocalDate start() {
    return LocalDate.of(year, (number - 1) * 3 + 1, 1);
  }

  public LocalDate end() {
    return plus(1).start().minusDays(1);
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(start()) && !day.isAfter(end());
  }

  public LocalDate deliveryDeadline() {
    return end().plusDays(DELIVERY_DAYS);
  }

  public LocalDate correctionDeadline() {
    return end().plusDays(CORRECTION_DAYS);
  }

  public boolean isAfter(Quarter other) {
    return compareTo(other) > 0;
  }

  @Override
  public int compareTo(Quarter other) {
    return Integer.compare(year * 4 + number, other.year * 4 + other.number);
  }

  @Override
  public String toString() {
    return number + "/" + year;
  }
}
