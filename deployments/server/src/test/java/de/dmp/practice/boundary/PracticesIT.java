package de.dmp.practice.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.dmp.it.Deployments;
import de.dmp.it.TestData;
import de.dmp.patient.boundary.NewPatient;
import de.dmp.patient.boundary.Patients;
import de.dmp.patient.entity.Sex;
import de.dmp.platform.boundary.AlreadyRegisteredException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The registry on the real database: natural keys are unique, one person is one record. */
@ExtendWith(ArquillianExtension.class)
class PracticesIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.applicationWith(PracticesIT.class);
  }

  @Inject private Practices practices;
  @Inject private Patients patients;
  @Inject private TestData data;

  @Test
  void register_shouldRefuseASecondPracticeOrDoctorWithTheSameNumber() {
    var practice = data.practice();
    String lanr = TestData.digits(9);
    practices.registerPractitioner(lanr, "Weber", "Claudia", practice.getId());

    assertThatThrownBy(() -> practices.registerPractice(practice.getBsnr(), "Kopie", "Nordrhein"))
        .isInstanceOf(AlreadyRegisteredException.class)
        .hasMessageContaining(practice.getBsnr());
    assertThatThrownBy(() -> practices.registerPractitioner(lanr, "Other", "Doc", practice.getId()))
        .isInstanceOf(AlreadyRegisteredException.class)
        .hasMessageContaining(lanr);
  }

  @Test
  void register_shouldRefuseMalformedNumbers() {
    assertThatThrownBy(() -> practices.registerPractice("12345", "Praxis", "Nordrhein"))
        .isInstanceOf(ConstraintViolationException.class)
        .hasMessageContaining("BSNR has 9 digits");
    assertThatThrownBy(() -> practices.registerInsurer("ABCDEFGHI", "Kasse"))
        .isInstanceOf(ConstraintViolationException.class)
        .hasMessageContaining("IK");
  }

  @Test
  void registerPatient_shouldFindTheDuplicateByInsurerAndInsuranceNumber() {
    var insurer = data.insurer();
    var first = data.insuredPatient(insurer);
    var again = new NewPatient("Anders", "Geschrieben", LocalDate.of(1960, 5, 5), Sex.FEMALE);
    again.setInsurerId(insurer.getId());
    again.setInsuranceNumber(first.getInsuranceNumber());

    assertThatThrownBy(() -> patients.register(again))
        .isInstanceOfSatisfying(
            AlreadyRegisteredException.class,
            e -> assertThat(e.getExistingId()).isEqualTo(first.getId()));
    assertThat(patients.countByFamilyPrefix("Anders")).isZero();
  }

  @Test
  void registerPatient_shouldRefuseAnInsuranceNumberWithoutInsurer() {
    var incomplete = new NewPatient("Halb", "Versichert", LocalDate.of(1960, 5, 5), Sex.MALE);
    incomplete.setInsuranceNumber("A123456789");

    assertThatThrownBy(() -> patients.register(incomplete))
        .isInstanceOf(ConstraintViolationException.class)
        .hasMessageContaining("together");
  }
}
