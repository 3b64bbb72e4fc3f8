package de.dmp.patient.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.dmp.it.Deployments;
import de.dmp.it.TestData;
import de.dmp.it.TestData.Clinic;
import de.dmp.patient.entity.Patient;
import de.dmp.patient.entity.Sex;
import de.dmp.platform.time.ClockProducer;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The patient boundary inside the server, on the configured database. */
@ExtendWith(ArquillianExtension.class)
class PatientsIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.applicationWith(PatientsIT.class);
  }

  @Inject private Patients patients;
  @Inject private TestData data;
  private Clinic clinic;

  @BeforeEach
  void openClinic() {
    clinic = data.clinic();
  }

  private static String uniqueFamilyName() {
    return "It" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  @Test
  void register_shouldStoreThePatientSoThatItCanBeFound() {
    clinic.asDoctor(
        () -> {
          String family = uniqueFamilyName();

          Patient registered =
              patients.register(
                  new NewPatient(family, "Anna", LocalDate.of(1956, 3, 14), Sex.FEMALE));

          Patient found = patients.find(registered.getId()).orElseThrow();
          assertThat(found.getFamilyName()).isEqualTo(family);
          assertThat(found.getBirthDate()).isEqualTo(LocalDate.of(1956, 3, 14));
          assertThat(found.getSex()).isEqualTo(Sex.FEMALE);
          assertThat(found.getUpdatedAt()).isNotNull();
        });
  }

  @Test
  void findByFamilyPrefix_shouldMatchTheStartIgnoringCaseAndPage() {
    clinic.asDoctor(
        () -> {
          String family = uniqueFamilyName();
          for (String given : new String[] {"Carla", "Anna", "Bert"}) {
            patients.register(new NewPatient(family, given, LocalDate.of(1970, 1, 1), Sex.UNKNOWN));
          }
          String prefix = family.substring(0, 8).toUpperCase();

          assertThat(patients.countByFamilyPrefix(prefix)).isEqualTo(3);
          assertThat(patients.findByFamilyPrefix(prefix, 0, 2))
              .extracting(Patient::getGivenName)
              .containsExactly("Anna", "Bert");
          assertThat(patients.findByFamilyPrefix(prefix, 2, 2))
              .extracting(Patient::getGivenName)
              .containsExactly("Carla");
        });
  }

  @Test
  void findByFamilyPrefix_shouldTakeWildcardsLiterally() {
    clinic.asDoctor(
        () -> {
          assertThat(patients.countByFamilyPrefix("%" + uniqueFamilyName())).isZero();
        });
  }

  @Test
  void register_shouldRefuseAnInvalidPatientAndStoreNothing() {
    clinic.asDoctor(
        () -> {
          String family = uniqueFamilyName();
          var invalid =
              new NewPatient(family, " ", LocalDate.now(ClockProducer.BERLIN).plusDays(1), null);

          assertThatThrownBy(() -> patients.register(invalid))
              .isInstanceOfSatisfying(
                  ConstraintViolationException.class,
                  violations -> assertThat(violations.getConstraintViolations()).hasSize(3));
          assertThat(patients.countByFamilyPrefix(family)).isZero();
        });
  }
}
