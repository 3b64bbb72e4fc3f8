package de.dmp.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.platform.Bundles;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class RefusedExceptionTest {

  private static final String ENGLISH = "/de/dmp/platform/entity/Refusals.properties";
  private static final String GERMAN = "/de/dmp/platform/entity/Refusals_de.properties";

  @Test
  void aRefusal_shouldReadInEnglishForSystemsAndInTheUsersLanguageForTheUi() {
    var refusal = new IllegalTransitionException("user.needsPractice", "DOCTOR");

    assertThat(refusal.getMessage()).isEqualTo("A DOCTOR user needs a practice.");
    assertThat(refusal.message(Locale.GERMAN))
        .isEqualTo(
            "Bitte die Praxis wählen: Konten für Ärztinnen, Ärzte und das Praxisteam gehören zu einer Praxis.");
    assertThat(refusal.message(Locale.FRENCH)).isEqualTo(refusal.getMessage());
  }

  @Test
  void aProgrammesTitle_shouldReadInTheLanguageOfEachReader() {
    Localised title =
        locale -> locale.getLanguage().equals("en") ? "Bronchial asthma" : "Asthma bronchiale";
    var refusal = new IllegalTransitionException("enrolment.alreadyEnrolled", title, 7L);

    assertThat(refusal.message(Locale.ENGLISH))
        .isEqualTo("The patient is already enrolled in Bronchial asthma (enrolment 7).");
    assertThat(refusal.message(Locale.GERMAN))
        .contains("Asthma bronchiale")
        .doesNotContain("Bronchial");
  }

  @Test
  void aQuote_shouldBeKeptAndANumberWrittenAsItWasGiven() {
    assertThat(new IllegalTransitionException("enrolment.uninsured").getMessage())
        .isEqualTo(
            "Record the patient's insurer and insurance number before enrolling (chart,"
                + " \"Insurance\").");
    assertThat(new IllegalTransitionException("verdict.noExclusion", 12345L).getMessage())
        .contains("rule 12345 proposes");
  }

  @Test
  void everyRefusal_shouldBeInBothLanguagesAndReadAsAPattern() {
    Properties english = Bundles.load(ENGLISH);
    Properties german = Bundles.load(GERMAN);

    assertThat(german.keySet()).isEqualTo(english.keySet());
    for (Properties language : new Properties[] {english, german}) {
      language.values().forEach(pattern -> new MessageFormat((String) pattern));
    }
  }
}
