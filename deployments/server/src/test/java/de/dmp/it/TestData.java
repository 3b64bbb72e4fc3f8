package de.dmp.it;

import de.dmp.demo.boundary.DemoData;
import de.dmp.demo.control.SampleDocumentation;
import de.dmp.documentation.boundary.Documentations;
import de.dmp.documentation.boundary.ProgrammeDocumentation;
import de.dmp.documentation.boundary.VisitDocumentation;
import de.dmp.enrolment.boundary.EnrolmentRequest;
import de.dmp.enrolment.boundary.Enrolments;
import de.dmp.enrolment.entity.Enrolment;
import de.dmp.patient.boundary.NewPatient;
import de.dmp.patient.boundary.Patients;
import de.dmp.patient.entity.InsuranceNumber;
import de.dmp.patient.entity.Patient;
import de.dmp.patient.entity.Sex;
import de.dmp.practice.boundary.Practices;
import de.dmp.practice.entity.Insurer;
import de.dmp.practice.entity.Practice;
import de.dmp.programme.boundary.Programmes;
import de.dmp.programme.entity.DocumentType;
import de.dmp.programme.entity.DocumentationInterval;
import de.dmp.programme.entity.ProgrammeDefinition;
import de.dmp.security.boundary.Users;
import de.dmp.security.entity.Role;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.security.PrivilegedAction;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ThreadLocalRandom;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/**
 * Fresh records for in-container tests, made through the secured boundaries as a real user would:
 * every clinic is a new practice with its own doctor and staff account, with random natural keys,
 * so tests never depend on each other or on what earlier runs left in the database. The test server
 * runs with the demo population, whose administrator creates the clinics.
 */
@Dependent
public class TestData {

  public static final LocalDate DIAGNOSED = LocalDate.of(2024, 3, 1);
  public static final LocalDate STARTED = LocalDate.of(2025, 1, 15);
  public static final String PASSWORD = DemoData.PASSWORD;

  @Inject private Practices practices;
  @Inject private Users users;
  @Inject private Patients patients;
  @Inject private Enrolments enrolments;
  @Inject private Programmes programmes;
  @Inject private Documentations documentations;
  private static final String INTERVAL = "interval";
  private static final String QUARTERLY = "Quartalsweise";

  private final SampleDocumentation samples = new SampleDocumentation(new Random(11));

  /** A practice with a doctor's and a staff account. */
  public record Clinic(Practice practice, String doctor, String staff) {

    public void asDoctor(Runnable work) {
      as(doctor, work);
    }

    public void asStaff(Runnable work) {
      as(staff, work);
    }

    public <T> T doctor(PrivilegedAction<T> work) {
      return as(doctor, work);
    }
  }

  /** Runs the work logged in as that user (password {@link #PASSWORD}). */
  public static <T> T as(String username, PrivilegedAction<T> work) {
    return as(username, PASSWORD, work);
  }

  /** Runs the work logged in as that user with that password. */
  public static <T> T as(String username, String password, PrivilegedAction<T> work) {
    try {
      return SecurityDomain.getCurrent()
          .authenticate(username, new PasswordGuessEvidence(password.toCharArray()))
          .runAs(work);
    } catch (RealmUnavailableException e) {
      throw new IllegalStateException(e);
    }
  }

  public static void as(String username, Runnable work) {
    as(
        username,
        (PrivilegedAction<Void>)
            () -> {
              work.run();
              return null;
            });
  }

  public static String digits(int count) {
    var random = ThreadLocalRandom.current();
    var text = new StringBuilder();
    text.append(random.nextInt(1, 10));
    while (text.length() < count) {
      text.append(random.nextInt(10));
    }
    return text.toString();
  }

  public Clinic clinic() {
    return as(
        DemoData.ADMIN,
        () -> {
          Practice practice = practices.registerPractice(digits(9), "Testpraxis", "Nordrhein");
          String suffix = digits(8);
          users.create("doc-" + suffix, PASSWORD, Role.DOCTOR, practice.getId(), null);
          users.create("mfa-" + suffix, PASSWORD, Role.STAFF, practice.getId(), null);
          return new Clinic(practice, "doc-" + suffix, "mfa-" + suffix);
        });
  }

  /** A new insurer with an insurer account of the same name. */
  public Insurer insurer() {
    return as(
        DemoData.ADMIN,
        () -> {
          Insurer insurer = practices.registerInsurer(digits(9), "Testkasse");
          users.create(
              "ik-" + insurer.getInstitutionCode(), PASSWORD, Role.INSURER, null, insurer.getId());
          return insurer;
        });
  }

  public static String userOf(Insurer insurer) {
    return "ik-" + insurer.getInstitutionCode();
  }

  /** Registers a patient for the calling doctor's or staff member's practice. */
  public Patient insuredPatient(Insurer insurer) {
    var newPatient =
        new NewPatient("Test" + digits(6), "Eva", LocalDate.of(1960, 5, 5), Sex.FEMALE);
    newPatient.setInsurerId(insurer.getId());
    newPatient.setInsuranceNumber(InsuranceNumber.withCheckDigit('T', Integer.parseInt(digits(8))));
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

  /** Stores a complete initial documentation of the enrolment, on its start date. */
  public void documentInitially(Enrolment enrolment) {
    documentations.documentVisit(
        new VisitDocumentation(
            enrolment.getPatient().getId(),
            null,
            STARTED,
            List.of(
                new ProgrammeDocumentation(
                    enrolment.getId(), sample(enrolment, DocumentType.ED, STARTED)))));
  }

  /**
   * A complete, plausible documentation of the enrolment's programme, to vary in a test; quarterly,
   * so that the due dates the tests expect do not hang on what the seeded draw gives the interval.
   */
  public Map<String, String> sample(Enrolment enrolment, DocumentType type, LocalDate on) {
    ProgrammeDefinition programme = programmes.current(enrolment.getProgrammeCode(), on);
    Map<String, String> values = new HashMap<>(samples.values(programme, type, on));
    values.computeIfPresent(INTERVAL, (code, drawn) -> QUARTERLY);
    return values;
  }
}
