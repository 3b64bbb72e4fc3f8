package de.dmp.patient.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.patient.entity.Patient;
import de.dmp.patient.entity.Sex;
import de.dmp.platform.entity.PostalAddress;
import de.dmp.platform.time.ClockProducer;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MasterDataTest {

  private static final Validator VALIDATOR =
      Validation.buildDefaultValidatorFactory().getValidator();

  private static Set<String> invalidFields(MasterData data) {
    return VALIDATOR.validate(data).stream()
        .map(ConstraintViolation::getPropertyPath)
        .map(Object::toString)
        .collect(Collectors.toSet());
  }

  private static MasterData recorded() {
    var patient = new Patient("Müller", "Anna", LocalDate.of(1956, 3, 14), Sex.FEMALE);
    patient.setContact("0221 123456", null);
    patient.recordResidence(new PostalAddress("Domkloster", "4", "50667", "Köln"), "1");
    return MasterData.of(patient);
  }

  @Test
  void of_shouldCarryWhatIsRecordedAndBeValid() {
    MasterData data = recorded();

    assertThat(data.toAddress()).isEqualTo(new PostalAddress("Domkloster", "4", "50667", "Köln"));
    assertThat(data.getPhone()).isEqualTo("0221 123456");
    assertThat(data.getInsuredStatus()).isEqualTo("1");
    assertThat(invalidFields(data)).isEmpty();
  }

  @Test
  void validate_shouldRefuseAPostcodeThatIsNotFiveDigits() {
    MasterData data = recorded();
    data.setZip("5066");
    assertThat(invalidFields(data)).containsExactly("zip");
    data.setZip("5066A");
    assertThat(invalidFields(data)).containsExactly("zip");
    data.setZip(" 50667 ");
    assertThat(invalidFields(data)).isEmpty();
  }

  @Test
  void validate_shouldRefuseAnAddressWithoutCityButAllowNoAddressAtAll() {
    MasterData data = recorded();
    data.setCity(" ");
    assertThat(invalidFields(data)).containsExactly("addressComplete");

    data.setStreet(null);
    data.setHouseNumber("");
    data.setZip(null);
    assertThat(invalidFields(data)).isEmpty();
    assertThat(data.toAddress()).isNull();
  }

  @Test
  void validate_shouldRefuseABirthDateInTheFutureAndAnUnknownInsuredStatus() {
    MasterData data = recorded();
    data.setBirthDate(LocalDate.now(ClockProducer.BERLIN).plusDays(1));
    data.setInsuredStatus("2");

    assertThat(invalidFields(data)).containsExactlyInAnyOrder("birthDate", "insuredStatus");
  }

  @Test
  void namesAnotherPerson_shouldNoticeANewNameOrBirthDateButNotCaseOrSpaces() {
    MasterData data = recorded();
    data.setFamilyName(" müller ");
    assertThat(data.namesAnotherPerson(recorded())).isFalse();

    data.setBirthDate(LocalDate.of(1956, 3, 15));
    assertThat(data.namesAnotherPerson(recorded())).isTrue();
  }
}
