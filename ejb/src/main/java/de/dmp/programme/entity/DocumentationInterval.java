package de.dmp.programme.entity;

import java.util.Arrays;
import java.util.Optional;

/** "Dokumentationsintervall": the doctor chooses per patient where the programme allows both. */
public enum DocumentationInterval {
  QUARTERLY(1, "Quartalsweise"),
  EVERY_SECOND_QUARTER(2, "Jedes zweite Quartal");

  private final int quarters;
  private final String label;

  DocumentationInterval(int quarters, String label) {
    this.quarters = quarters;
    this.label = label;
  }

  public int quarters() {
    return quarters;
  }

  /** The value of the documentation field "Dokumentationsintervall". */
  public String label() {
    return label;
  }

  public static Optional<DocumentationInterval> ofLabel(String documented) {
    return Arrays.stream(values()).filter(i -> i.label.equals(documented)).findFirst();
  }
}
