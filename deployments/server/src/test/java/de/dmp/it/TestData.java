package de.dmp.it;

import de.dmp.demo.control.SampleDocumentation;
import de.dmp.enrolment.boundary.EnrolmentRequest;
import de.dmp.enrolment.boundary.Enrolments;
import de.dmp.enrolment.entity.Enrolment;
import de.dmp.patient.boundary.NewPatient;
import de.dmp.patient.boundary.Patients;
import de.dmp.patient.entity.Patient;
import de.dmp.patient.entity.Sex;
import de.dmp.practice.boundary.Practices;
import de.dmp.practice.entity.Insurer;
import de.dmp.practice.entity.Practice;
import de.dmp.programme.boundary.Programmes;
import de.dmp.programme.entity.DocumentType;
import de.dmp.programme.entity.DocumentationInterval;
import de.dmp.programme.entity.ProgrammeDefinition;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Fresh records for in-container tests: every call makes new ones with random natural keys, so
 * tests never depend on each other or on what earlier runs left in the database.
 */
@Dependent
public class TestData {

  public static final LocalDate DIAGNOSED = LocalDate.of(2024, 3, 1);
  public static final LocalDate STARTED = LocalDate.of(2025, 1, 15);

  @Inject private Practices practices;
  @Inject private Patients patients;
  @Inject private Enrolments enrolments;
  @Inject private Programmes programmes;
  private final SampleDocumentation samples = new SampleDocumentation(new Random(11));

  public static String digits(int count) {
    var random = ThreadLocalRandom.current();
    var text = new StringBuilder();
    text.append(random.nextInt(1, 10));
    while (text.length() < count) {
      text.append(random.nextInt(10));
    }
    return text.toString();
  }

  public Insurer insurer() {
    return practices.registerInsurer(digits(9), "Testkasse");
  }

  public Practice practice() {
    return practices.registerPractice(digits(9), "Testpraxis", "Nordrhein");
  }

  public Patient insuredPatient(Insurer insurer) {
    var newPatient =
        new NewPatient("Test" + digits(6), "Eva", LocalDate.of(1960, 5, 5), Sex.FEMALE);
    newPatient.setInsurerId(insurer.getId());
    newPatient.setInsuranceNumber("T" + digits(9));
    return patients.register(newPatient);
  }

  public Patient insuredPatient() {
    return insuredPatient(insurer());
  }

  public static EnrolmentRequest request(
      Patient patient, Practice practice, String programme, String icd10, LocalDate signedOn) {
    return new EnrolmentRequest(
        patient.getId(),
        practice.getId(),
        programme,
        icd10,
        DIAGNOSED,
        signedOn,
        DocumentationInterval.QUARTERLY,
        STARTED);
  }

  public Enrolment enrol(Patient patient, Practice practice, String programme, String icd10) {
    return enrolments.enrol(request(patient, practice, programme, icd10, STARTED));
  }

  /** A complete, plausible documentation of the enrolment's programme, to vary in a test. */
  public Map<String, String> sample(Enrolment enrolment, DocumentType type, LocalDate on) {
    ProgrammeDefinition programme = programmes.current(enrolment.getProgrammeCode(), on);
    return new HashMap<>(samples.values(programme, type, on));
  }
}
