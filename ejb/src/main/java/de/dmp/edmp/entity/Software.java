package de.dmp.edmp.entity;

import java.util.Map;

/**
 * The software block: the KBV test number ({@code KBV-Prüfnummer}) KBV gives per certified eDMP
 * module, by programme code; the product, its version and its maker as the responsible contact.
 */
public record Software(
    Map<String, String> testNumbers,
    String name,
    String version,
    String maker,
    Address address,
    String phone) {

  public Software {
    testNumbers = Map.copyOf(testNumbers);
  }

  public String testNumber(String programme) {
    String number = testNumbers.get(programme);
    if (number == null) {
      throw new IllegalStateException("no KBV test number for the eDMP module " + programme);
    }
    return number;
  }
}
