package de.dmp.programme.entity;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.platform.Bundles;
import java.util.Locale;
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
  void aProgrammesValue_shouldBeQuotedInTheReadersLanguage() {
    FieldError exclusive =
        FieldError.of("late-complications", "Spätfolgen", "exclusive", "Keine").inEnglish("None");

    assertThat(exclusive.message(Locale.GERMAN))
        .isEqualTo(
            "'Keine' schließt die anderen Angaben aus; bitte entweder 'Keine' oder die"
                + " zutreffenden Angaben wählen");
    assertThat(exclusive.message(Locale.ENGLISH))
        .isEqualTo(
            "'None' excludes the other answers; choose either 'None' or the answers that apply");
    assertThat(exclusive.message()).startsWith("'Keine' excludes");
  }

  @Test
  void everyProblem_shouldHaveBothLanguages() {
    String folder = "/de/dmp/programme/entity/";
    assertThat(Bundles.load(folder + "FieldErrors_de.properties").keySet())
        .isEqualTo(Bundles.load(folder + "FieldErrors.properties").keySet());
  }
}
