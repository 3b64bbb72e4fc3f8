package de.dmp.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

class LanguageTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {"en", "en-US", "en-GB,en;q=0.9,de;q=0.5", "fr;q=0.9,en;q=0.8", "de;q=0.1,en;q=0.9"})
  void of_shouldChooseEnglishWhereTheRequestPrefersIt(String acceptLanguage) {
    assertThat(Language.of(acceptLanguage)).isEqualTo(Locale.ENGLISH);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @NullAndEmptySource
  @CsvSource(
      delimiter = '|',
      value = {"de", "de-DE,en;q=0.5", "fr", "*", "en;q=0.2,de;q=0.8", "not a language;;"})
  void of_shouldFallBackToGermanForAnythingElse(String acceptLanguage) {
    assertThat(Language.of(acceptLanguage)).isEqualTo(Locale.GERMAN);
  }
}
