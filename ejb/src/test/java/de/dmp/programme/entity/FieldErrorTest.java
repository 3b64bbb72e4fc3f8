package de.dmp.programme.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class FieldErrorTest {

  private static final FieldError OUT_OF_RANGE =
      FieldError.of("hba1c", "HbA1c-Wert", "outOfRange", "3", "20", " %");

  @Test
  void aProblem_shouldReadInEnglishForSystemsAndInGermanForTheUi() {
    assertThat(OUT_OF_RANGE.message()).isEqualTo("must be between 3 and 20 %");
    assertThat(OUT_OF_RANGE.message(Locale.GERMAN)).isEqualTo("muss zwischen 3 und 20 % liegen");
    assertThat(OUT_OF_RANGE.message(Locale.FRENCH)).isEqualTo(OUT_OF_RANGE.message());
  }

  @Test
  void aQuotedValue_shouldKeepItsQuotes() {
    assertThat(
            FieldError.of("smoker", "Raucher", "notAllowed", "Vielleicht", "[Ja, Nein]").message())
        .isEqualTo("'Vielleicht' is not one of [Ja, Nein]");
  }

  @Test
  void everyProblem_shouldHaveBothLanguages() throws IOException {
    assertThat(keys("FieldErrors_de.properties")).isEqualTo(keys("FieldErrors.properties"));
  }

  private static Object keys(String name) throws IOException {
    var properties = new Properties();
    try (InputStream in = FieldError.class.getResourceAsStream(name)) {
      properties.load(in);
    }
    return properties.keySet();
  }
}
