package de.dmp.programme.entity;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.platform.Bundles;
import de.dmp.programme.control.ProgrammeCatalogueFixture;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FieldErrorTest {

  private static final LocalDate DOCUMENTED = LocalDate.of(2026, 11, 23);

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
    assertThat(exclusive.message()).startsWith("'None' excludes");
  }

  @Test
  void text_shouldGiveTheLabelAndARangeInTheReadersLanguage() {
    Parameter height =
        ProgrammeCatalogueFixture.current("DM2").parameter("body-height").orElseThrow();

    FieldError tooTall = height.problemWith("3", DOCUMENTED).orElseThrow();

    assertThat(tooTall.text(Locale.GERMAN))
        .isEqualTo("Körpergröße: muss zwischen 0,5 und 2,5 m liegen");
    assertThat(tooTall.text(Locale.ENGLISH))
        .isEqualTo("Body height: must be between 0.5 and 2.5 m");
    assertThat(tooTall).hasToString(tooTall.text(Locale.ENGLISH));
  }

  @Test
  void aDay_shouldBeWrittenAsTheReadersLanguageWritesIt() {
    FieldError before = FieldError.ofVisit("date", "beforeEnrolment", LocalDate.of(2025, 4, 3));

    assertThat(before.text(Locale.GERMAN))
        .isEqualTo("Dokumentationsdatum: liegt vor dem Beginn der Einschreibung am 03.04.2025");
    assertThat(before.text(Locale.ENGLISH))
        .isEqualTo("Documentation date: is before the enrolment started on 3 Apr 2025");
  }

  @Test
  void aFieldWithoutEnglishLabel_shouldKeepItsLabelInEnglish() {
    FieldError unknown = FieldError.of("no-such-field", "no-such-field", "notWhole");

    assertThat(unknown.text(Locale.ENGLISH)).isEqualTo("no-such-field: must be a whole number");
  }

  @Test
  void everyProblem_shouldHaveBothLanguages() {
    String folder = "/de/dmp/programme/entity/";
    assertThat(Bundles.load(folder + "FieldErrors_de.properties").keySet())
        .isEqualTo(Bundles.load(folder + "FieldErrors.properties").keySet());
  }
}
