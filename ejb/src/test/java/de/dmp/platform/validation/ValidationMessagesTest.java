package de.dmp.platform.validation;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.patient.boundary.NewPatient;
import de.dmp.platform.Bundles;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Locale;
import java.util.Properties;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;

/** The validation messages exist in both languages, and each language is chosen by locale. */
class ValidationMessagesTest {

  @Test
  void everyMessage_shouldBeInEnglishAndGerman() {
    Properties english = Bundles.load("/ValidationMessages.properties");
    Properties german = Bundles.load("/ValidationMessages_de.properties");

    assertThat(german.keySet()).isEqualTo(english.keySet());
    assertThat(english.keySet()).allMatch(key -> !german.get(key).equals(english.get(key)));
  }

  private static String familyNameMissing(Locale locale) {
    Validator validator =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .defaultLocale(locale)
            .buildValidatorFactory()
            .getValidator();
    return validator
        .validateProperty(new NewPatient(), "familyName")
        .iterator()
        .next()
        .getMessage();
  }

  @Test
  void aViolation_shouldReadInTheLanguageOfTheLocale() {
    assertThat(familyNameMissing(Locale.ENGLISH)).isEqualTo("Family name is required.");
    assertThat(familyNameMissing(Locale.GERMAN)).isEqualTo("Der Nachname ist erforderlich.");
  }
}
