package de.dmp.programme.entity;

/** "Dokumentationsintervall": the doctor chooses per patient where the programme allows both. */
public enum DocumentationInterval {
  /** Quartalsweise. */
  QUARTERLY(1),
  /** Jedes zweite Quartal. */
  EVERY_SECOND_QUARTER(2);

  private final int quarters;

  DocumentationInterval(int quarters) {
    this.quarters = quarters;
  }

  public int quarters() {
    return quarters;
  }
}
