package de.dmp.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WrittenTest {

  @Test
  void aNumber_shouldCarryTheLanguagesSeparatorAndNoTrailingZeros() {
    assertThat(Written.number(new BigDecimal("7.500"), Locale.GERMAN)).isEqualTo("7,5");
    assertThat(Written.number(new BigDecimal("7.500"), Locale.ENGLISH)).isEqualTo("7.5");
    assertThat(Written.number(new BigDecimal("0.25"), Locale.GERMAN)).isEqualTo("0,25");
  }

  @Test
  void aWholeNumber_shouldNotReadAsThousands() {
    assertThat(Written.number(new BigDecimal("140.000"), Locale.GERMAN)).isEqualTo("140");
    assertThat(Written.number(new BigDecimal("1E+3"), Locale.GERMAN)).isEqualTo("1000");
    assertThat(Written.number(new BigDecimal("12500"), Locale.ENGLISH)).isEqualTo("12500");
  }

  @Test
  void nothing_shouldBeWrittenAsNothing() {
    assertThat(Written.number(null, Locale.GERMAN)).isEmpty();
    assertThat(Written.day(null, Locale.GERMAN)).isEmpty();
  }

  @Test
  void aDay_shouldBeWrittenAsTheLanguageWritesIt() {
    LocalDate day = LocalDate.of(1958, 4, 3);

    assertThat(Written.day(day, Locale.GERMAN)).isEqualTo("03.04.1958");
    assertThat(Written.day(day, Locale.ENGLISH)).isEqualTo("3 Apr 1958");
  }
}
