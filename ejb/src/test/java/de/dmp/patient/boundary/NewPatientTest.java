package de.dmp.patient.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.patient.entity.Sex;
import de.dmp.platform.time.ClockProducer;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NewPatientTest {

  private static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();

  private static Set<String> invalidFields(NewPatient newPatient) {
    return VALIDATOR.validate(newPatient).stream()
        .map(ConstraintViolation::getPropertyPath)
        .map(Object::toString)
        .collect(Collectors.toSet());
  }

  private static NewPatient insuredWith(String insuranceNumber) {
    var patient = new NewPatient("Müller", "Anna", LocalDate.of(1956, 3, 14), Sex.FEMALE);
    patient.setInsurerId(1L);
    patient.setInsuranceNumber(insuranceNumber);
    return patient;
  }

  @Test
  void validate_shouldAcceptACompletePatient() {
    var patient = new NewPatient("Müller", "Anna", LocalDate.of(1956, 3, 14), Sex.FEMALE);

    assertThat(invalidFields(patient)).isEmpty();
  }

  @Test
  void validate_shouldNameEveryMissingField() {
    assertThat(invalidFields(new NewPatient(" ", null, null, null)))
        .containsExactlyInAnyOrder("familyName", "givenName", "birthDate", "sex");
  }

  @Test
  void validate_shouldRejectABirthDateInTheFuture() {
    var patient =
        new NewPatient(
            "Müller", "Anna", LocalDate.now(ClockProducer.BERLIN).plusDays(1), Sex.FEMALE);

    assertThat(invalidFields(patient)).containsExactly("birthDate");
  }

  @Test
  void validate_shouldRejectADateOfDeathInTheFutureOrBeforeBirth() {
    var patient = new NewPatient("Müller", "Anna", LocalDate.of(1956, 3, 14), Sex.FEMALE);
    patient.setDiedOn(LocalDate.now(ClockProducer.BERLIN).plusDays(1));
    assertThat(invalidFields(patient)).containsExactly("diedOn");

    patient.setDiedOn(LocalDate.of(1956, 3, 13));
    assertThat(invalidFields(patient)).containsExactly("diedAfterBirth");

    patient.setDiedOn(LocalDate.of(2013, 5, 2));
    assertThat(invalidFields(patient)).isEmpty();
  }

  @Test
  void validate_shouldRejectOverlongNames() {
    var patient = new NewPatient("x".repeat(101), "Anna", LocalDate.of(1956, 3, 14), Sex.FEMALE);

    assertThat(invalidFields(patient)).containsExactly("familyName");
  }

  @Test
  void validate_shouldRejectAMistypedInsuranceNumberWithOneMessage() {
    var patient = insuredWith("A123456789");

    var violations = VALIDATOR.validate(patient);

    assertThat(violations)
        .singleElement()
        .satisfies(
            violation -> {
              assertThat(violation.getPropertyPath()).hasToString("insuranceNumber");
              assertThat(violation.getMessageTemplate())
                  .isEqualTo("{dmp.patient.insuranceNumber.checkDigit}");
            });
  }

  @Test
  void validate_shouldLeaveAMalformedInsuranceNumberToTheFormatsMessage() {
    var patient = insuredWith("123");

    assertThat(VALIDATOR.validate(patient))
        .extracting(ConstraintViolation::getMessageTemplate)
        .containsExactly("{dmp.patient.insuranceNumber.pattern}");
  }

  @Test
  void validate_shouldAcceptAnInsuredPatient() {
    var patient = insuredWith("A123456780");

    assertThat(invalidFields(patient)).isEmpty();
  }
}
