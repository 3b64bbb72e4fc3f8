package de.dmp.patient.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.dmp.audit.boundary.AuditLog;
import de.dmp.audit.entity.AuditEvent;
import de.dmp.demo.boundary.DemoData;
import de.dmp.it.Deployments;
import de.dmp.it.TestData;
import de.dmp.it.TestData.Clinic;
import de.dmp.patient.entity.Patient;
import de.dmp.patient.entity.PatientSearch;
import de.dmp.patient.entity.Sex;
import de.dmp.platform.boundary.ConcurrentChangeException;
import de.dmp.platform.entity.PostalAddress;
import de.dmp.platform.time.ClockProducer;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
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
  @Inject private AuditLog auditLog;
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

          assertThat(patients.count(PatientSearch.familyStartingWith(prefix))).isEqualTo(3);
          assertThat(patients.find(PatientSearch.familyStartingWith(prefix), 0, 2))
              .extracting(Patient::getGivenName)
              .containsExactly("Anna", "Bert");
          assertThat(patients.find(PatientSearch.familyStartingWith(prefix), 2, 2))
              .extracting(Patient::getGivenName)
              .containsExactly("Carla");
        });
  }

  @Test
  void find_shouldMatchWhatAUserTypesByGivenNameBirthDateOrInsuranceNumber() {
    clinic.asDoctor(
        () -> {
          String family = uniqueFamilyName();
          var anna = new NewPatient(family, "Anna Lena", LocalDate.of(1950, 3, 12), Sex.FEMALE);
          long annaId = patients.register(anna).getId();
          patients.register(new NewPatient(family, "Bert", LocalDate.of(1961, 7, 1), Sex.MALE));
          String familyStart = family.substring(0, 9).toLowerCase();

          assertThat(found(familyStart)).hasSize(2);
          assertThat(found("lena " + familyStart)).containsExactly(annaId);
          assertThat(found(family + ", Anna")).containsExactly(annaId);
          assertThat(found(familyStart + " 12.03.1950")).containsExactly(annaId);
          assertThat(found(familyStart + " 12.3.1950")).containsExactly(annaId);
          assertThat(found(familyStart + " 31.02.1950")).isEmpty();
          assertThat(found(familyStart + " Bert 12.03.1950")).isEmpty();
          assertThat(patients.count(PatientSearch.typed(familyStart + " ann"))).isEqualTo(1);
        });
  }

  @Test
  void find_shouldFindByInsuranceNumberInAnyCase() {
    var insurer = data.insurer();
    clinic.asDoctor(
        () -> {
          Patient insured = data.insuredPatient(insurer);

          assertThat(found(insured.getInsuranceNumber().toLowerCase()))
              .containsExactly(insured.getId());
        });
  }

  private List<Long> found(String typed) {
    return patients.find(PatientSearch.typed(typed), 0, 10).stream().map(Patient::getId).toList();
  }

  @Test
  void findByFamilyPrefix_shouldTakeWildcardsLiterally() {
    clinic.asDoctor(
        () -> {
          assertThat(patients.count(PatientSearch.familyStartingWith("%" + uniqueFamilyName())))
              .isZero();
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
          assertThat(patients.count(PatientSearch.familyStartingWith(family))).isZero();
        });
  }

  private static MasterData masterDataOf(Patient patient) {
    MasterData data = MasterData.of(patient);
    data.setPhone("0221 987654");
    data.setStreet("Hohe Straße");
    data.setHouseNumber("12");
    data.setZip("50667");
    data.setCity("Köln");
    data.setInsuredStatus("3");
    data.setBirthDate(LocalDate.of(1956, 3, 15));
    return data;
  }

  @Test
  void correctMasterData_shouldRecordWhatTheStaffEntersAndAuditIt() {
    Patient registered =
        clinic.doctor(
            () ->
                patients.register(
                    new NewPatient(
                        uniqueFamilyName(), "Anna", LocalDate.of(1956, 3, 14), Sex.FEMALE)));

    clinic.asStaff(
        () -> {
          patients.correctMasterData(
              registered.getId(), registered.getVersion(), masterDataOf(registered));

          Patient found = patients.patient(registered.getId());
          assertThat(found.getBirthDate()).isEqualTo(LocalDate.of(1956, 3, 15));
          assertThat(found.getPhone()).isEqualTo("0221 987654");
          assertThat(found.getAddress())
              .isEqualTo(new PostalAddress("Hohe Straße", "12", "50667", "Köln"));
          assertThat(found.getInsuredStatus()).isEqualTo("3");
        });
    assertThat(
            TestData.as(DemoData.ADMIN, () -> auditLog.forPatient(registered.getId())).stream()
                .map(AuditEvent::getDetail))
        .contains("master data corrected");
  }

  @Test
  void correctMasterData_shouldRefuseAWrongPostcodeOrAFutureBirthDateAndStoreNothing() {
    Patient registered =
        clinic.doctor(
            () ->
                patients.register(
                    new NewPatient(
                        uniqueFamilyName(), "Anna", LocalDate.of(1956, 3, 14), Sex.FEMALE)));
    MasterData invalid = masterDataOf(registered);
    invalid.setZip("5066");
    invalid.setBirthDate(LocalDate.now(ClockProducer.BERLIN).plusDays(1));

    clinic.asStaff(
        () -> {
          assertThatThrownBy(
                  () ->
                      patients.correctMasterData(
                          registered.getId(), registered.getVersion(), invalid))
              .isInstanceOfSatisfying(
                  ConstraintViolationException.class,
                  violations ->
                      assertThat(violations.getConstraintViolations())
                          .extracting(v -> v.getPropertyPath().toString().replaceAll(".*\\.", ""))
                          .containsExactlyInAnyOrder("zip", "birthDate"));
          Patient found = patients.patient(registered.getId());
          assertThat(found.getBirthDate()).isEqualTo(LocalDate.of(1956, 3, 14));
          assertThat(found.getAddress()).isNull();
        });
  }

  @Test
  void correctMasterData_shouldRefuseAChangeMadeOnAnOlderVersion() {
    Patient registered =
        clinic.doctor(
            () ->
                patients.register(
                    new NewPatient(
                        uniqueFamilyName(), "Anna", LocalDate.of(1956, 3, 14), Sex.FEMALE)));
    clinic.asStaff(
        () -> {
          patients.correctMasterData(
              registered.getId(), registered.getVersion(), masterDataOf(registered));

          assertThatThrownBy(
                  () ->
                      patients.correctMasterData(
                          registered.getId(), registered.getVersion(), masterDataOf(registered)))
              .isInstanceOf(ConcurrentChangeException.class);
        });
  }
}
