package de.dmp.patient.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InsuranceNumberTest {

  @ParameterizedTest
  @ValueSource(strings = {"A123456780", "A120778335", "Z000000005"})
  void hasValidCheckDigit_shouldAcceptNumbersWhoseLastDigitIsTheirCheckDigit(String number) {
    assertThat(InsuranceNumber.hasValidCheckDigit(number)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"A123456789", "A123456708", "a123456780", "A12345678", "", "1234567890"})
  void hasValidCheckDigit_shouldRefuseMistypedOrMalformedNumbers(String number) {
    assertThat(InsuranceNumber.hasValidCheckDigit(number)).isFalse();
  }

  @Test
  void withCheckDigit_shouldCompleteLetterAndSerial() {
    assertThat(InsuranceNumber.withCheckDigit('A', 12_345_678)).isEqualTo("A123456780");
    assertThat(InsuranceNumber.withCheckDigit('D', 7)).isEqualTo("D000000073");
  }

  @Test
  void everyMistypedDigit_shouldChangeTheCheckDigit() {
    String number = InsuranceNumber.withCheckDigit('M', 31_415_926);
    for (int place = 1; place < 9; place++) {
      for (char digit = '0'; digit <= '9'; digit++) {
        if (digit != number.charAt(place)) {
          String mistyped = number.substring(0, place) + digit + number.substring(place + 1);
          assertThat(InsuranceNumber.hasValidCheckDigit(mistyped)).as(mistyped).isFalse();
        }
      }
    }
  }
}
