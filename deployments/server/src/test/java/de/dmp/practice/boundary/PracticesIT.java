package de.dmp.practice.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.dmp.demo.boundary.DemoData;
import de.dmp.it.Deployments;
import de.dmp.it.TestData;
import de.dmp.patient.boundary.NewPatient;
import de.dmp.patient.boundary.Patients;
import de.dmp.patient.entity.Patient;
import de.dmp.patient.entity.PatientSearch;
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
    var clinic = data.clinic();
    TestData.as(
        DemoData.ADMIN,
        () -> {
          String lanr = TestData.digits(9);
          long practiceId = clinic.practice().getId();
          practices.registerPractitioner(lanr, "Weber", "Claudia", practiceId);

          assertThatThrownBy(
                  () ->
                      practices.registerPractice(clinic.practice().getBsnr(), "Kopie", "Nordrhein"))
              .isInstanceOf(AlreadyRegisteredException.class)
              .hasMessageContaining(clinic.practice().getBsnr());
          assertThatThrownBy(() -> practices.registerPractitioner(lanr, "Other", "Doc", practiceId))
              .isInstanceOf(AlreadyRegisteredException.class)
              .hasMessageContaining(lanr);
        });
  }

  @Test
  void register_shouldRefuseMalformedNumbers() {
    TestData.as(
        DemoData.ADMIN,
        () -> {
          assertThatThrownBy(() -> practices.registerPractice("12345", "Praxis", "Nordrhein"))
              .isInstanceOf(ConstraintViolationException.class)
              .hasMessageContaining("BSNR has 9 digits");
          assertThatThrownBy(() -> practices.registerInsurer("ABCDEFGHI", "Kasse"))
              .isInstanceOf(ConstraintViolationException.class)
              .hasMessageContaining("IK");
        });
  }

  @Test
  void registerPatient_shouldRefuseTheSameInsuranceNumberTwiceInOnePractice() {
    var insurer = data.insurer();
    var clinic = data.clinic();
    clinic.asDoctor(
        () -> {
          var first = data.insuredPatient(insurer);
          var again = new NewPatient("Anders", "Geschrieben", first.getBirthDate(), Sex.FEMALE);
          again.setInsurerId(insurer.getId());
          again.setInsuranceNumber(first.getInsuranceNumber());

          assertThatThrownBy(() -> patients.register(again))
              .isInstanceOfSatisfying(
                  AlreadyRegisteredException.class,
                  e -> assertThat(e.getExistingId()).isEqualTo(first.getId()));
          assertThat(patients.count(PatientSearch.familyStartingWith("Anders"))).isZero();
        });
  }

  @Test
  void registerPatient_shouldLinkASecondPracticeToTheSamePerson() {
    var insurer = data.insurer();
    Patient first = data.clinic().doctor(() -> data.insuredPatient(insurer));
    var otherClinic = data.clinic();

    otherClinic.asDoctor(
        () -> {
          var same = new NewPatient("Test", "Eva", first.getBirthDate(), Sex.FEMALE);
          same.setInsurerId(insurer.getId());
          same.setInsuranceNumber(first.getInsuranceNumber());

          assertThat(patients.register(same).getId()).isEqualTo(first.getId());
          assertThat(patients.patient(first.getId()).getFamilyName())
              .isEqualTo(first.getFamilyName());
        });
  }

  @Test
  void registerPatient_shouldRefuseAnotherPersonWithATakenNumber() {
    var insurer = data.insurer();
    Patient first = data.clinic().doctor(() -> data.insuredPatient(insurer));

    data.clinic()
        .asDoctor(
            () -> {
              var other = new NewPatient("Fremd", "Person", LocalDate.of(1999, 9, 9), Sex.MALE);
              other.setInsurerId(insurer.getId());
              other.setInsuranceNumber(first.getInsuranceNumber());

              assertThatThrownBy(() -> patients.register(other))
                  .isInstanceOf(AlreadyRegisteredException.class)
                  .hasMessageContaining("Another person");
            });
  }

  @Test
  void registerPatient_shouldRefuseAnInsuranceNumberWithoutInsurer() {
    data.clinic()
        .asDoctor(
            () -> {
              var incomplete =
                  new NewPatient("Halb", "Versichert", LocalDate.of(1960, 5, 5), Sex.MALE);
              incomplete.setInsuranceNumber("A123456780");

              assertThatThrownBy(() -> patients.register(incomplete))
                  .isInstanceOf(ConstraintViolationException.class)
                  .hasMessageContaining("together");
            });
  }
}
