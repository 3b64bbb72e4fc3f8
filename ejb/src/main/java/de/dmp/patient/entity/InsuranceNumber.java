package de.dmp.patient.entity;

import java.util.regex.Pattern;

/**
 * The unchangeable part of the KVNR on the health card: a capital letter, eight digits and a check
 * digit (GKV-Spitzenverband, Richtlinien nach § 290 SGB V, Anlage 1): the letter as its two-digit
 * place in the alphabet, then the eight digits, weighted 1, 2, 1, 2 … ; the digit sums of the
 * products, added, modulo 10 give the check digit. A typing error in one place always changes it.
 */
public final class InsuranceNumber {

  public static final String FORMAT = "[A-Z]\\d{9}";
  private static final Pattern WELL_FORMED = Pattern.compile(FORMAT);

  private InsuranceNumber() {}

  /** Whether a well-formed number's last digit is its check digit. */
  public static boolean hasValidCheckDigit(String number) {
    return WELL_FORMED.matcher(number).matches()
        && checkDigit(number.charAt(0), number.substring(1, 9)) == number.charAt(9) - '0';
  }

  /** The number with the letter and serial (0 to 99,999,999), completed by its check digit. */
  public static String withCheckDigit(char letter, int serial) {
    String digits = String.format("%08d", serial);
    return letter + digits + checkDigit(letter, digits);
  }

  private static int checkDigit(char letter, String eightDigits) {
    String weighted = String.format("%02d", letter - 'A' + 1) + eightDigits;
    int sum = 0;
    for (int i = 0; i < weighted.length(); i++) {
      int product = (weighted.charAt(i) - '0') * (i % 2 == 0 ? 1 : 2);
      sum += product / 10 + product % 10;
    }
    return sum % 10;
  }
}
