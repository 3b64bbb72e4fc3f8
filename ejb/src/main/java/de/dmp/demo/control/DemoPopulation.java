package de.dmp.demo.control;

import de.dmp.documentation.boundary.Documentations;
import de.dmp.documentation.boundary.ProgrammeDocumentation;
import de.dmp.documentation.boundary.VisitDocumentation;
import de.dmp.enrolment.boundary.EnrolmentRequest;
import de.dmp.enrolment.boundary.Enrolments;
import de.dmp.enrolment.entity.Enrolment;
import de.dmp.enrolment.entity.EnrolmentStatus;
import de.dmp.followup.boundary.FollowUps;
import de.dmp.patient.boundary.NewPatient;
import de.dmp.patient.boundary.Patients;
import de.dmp.patient.entity.InsuranceNumber;
import de.dmp.patient.entity.Patient;
import de.dmp.patient.entity.Sex;
import de.dmp.platform.entity.PostalAddress;
import de.dmp.platform.time.Quarter;
import de.dmp.practice.boundary.Practices;
import de.dmp.practice.entity.Practice;
import de.dmp.programme.boundary.Programmes;
import de.dmp.programme.entity.DocumentType;
import de.dmp.programme.entity.DocumentationInterval;
import de.dmp.programme.entity.ProgrammeDefinition;
import de.dmp.security.boundary.Users;
import de.dmp.security.entity.Role;
import de.dmp.therapy.boundary.TherapyPlanDraft;
import de.dmp.therapy.boundary.TherapyPlans;
import de.dmp.therapy.entity.Goal;
import de.dmp.therapy.entity.Measure;
import de.dmp.therapy.entity.Medication;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;

/**
 * A small, deterministic demo population through the real boundaries: three practices, two
 * insurers, a few hundred patients across all programmes with two years of quarterly
 * documentations, a few missing ones, some exclusions, therapy plans and missed trainings.
 */
@Dependent
public class DemoPopulation {

  static final int PATIENTS = 250;
  private static final Logger LOGGER = Logger.getLogger(DemoPopulation.class.getName());
  @Inject private Practices practices;
  @Inject private Patients patients;
  @Inject private Enrolments enrolments;
  @Inject private Documentations documentations;
  @Inject private TherapyPlans therapyPlans;
  @Inject private FollowUps followUps;
  @Inject private Programmes programmes;
  @Inject private Clock clock;

  private final Random random = new Random(20261123L);
  private final SampleDocumentation samples = new SampleDocumentation(random);

  /**
   * A demo practice, its doctor's and staff's user names and the persons using them (the doctor's
   * name also the practitioner's), and the patients it cares for.
   */
  public record DemoPractice(
      String bsnr,
      String name,
      String region,
      String doctor,
      Person doctorPerson,
      String staff,
      Person staffPerson,
      PostalAddress address,
      String phone) {}

  /** A person by given and family name. */
  public record Person(String givenName, String familyName) {

    public String name() {
      return givenName + " " + familyName;
    }
  }

  public static final List<DemoPractice> PRACTICES =
      List.of(
          new DemoPractice(
              "201234500",
              "Hausarztpraxis am Dom",
              "Nordrhein",
              "dr.weber",
              new Person("Anna", "Weber"),
              "mfa.weber",
              new Person("Jana", "Schmitz"),
              new PostalAddress("Domkloster", "4", "50667", "Köln"),
              "0221 1234560"),
          new DemoPractice(
              "201234600",
              "Diabetologische Schwerpunktpraxis",
              "Nordrhein",
              "dr.aydin",
              new Person("Murat", "Aydin"),
              "mfa.aydin",
              new Person("Lea", "Vogel"),
              new PostalAddress("Hohe Straße", "12", "50667", "Köln"),
              "0221 1234570"),
          new DemoPractice(
              "201234700",
              "Frauenarztpraxis am Markt",
              "Westfalen-Lippe",
              "dr.lorenz",
              new Person("Claudia", "Lorenz"),
              "mfa.lorenz",
              new Person("Sarah", "Krämer"),
              new PostalAddress("Markt", "3", "44137", "Dortmund"),
              "0231 1234580"));

  public static final String INSURER_USER = "kasse.demo";

  @Inject private Users users;

  private record PatientPlan(int index, Sex sex, List<String> programmes, int practice) {}

  private final List<PatientPlan> plans = new ArrayList<>();
  private final List<Long> insurerIds = new ArrayList<>();
  private final List<Long> practiceIds = new ArrayList<>();
  private final List<Long> doctorIds = new ArrayList<>();

  /** As administrator: insurers, practices, doctors and the demo accounts. */
  public void registry(String password) {
    insurerIds.add(practices.registerInsurer("109900001", "Demo-Ortskrankenkasse").getId());
    insurerIds.add(practices.registerInsurer("109900002", "Demo-Ersatzkasse").getId());
    users.create(INSURER_USER, password, Role.INSURER, null, insurerIds.get(0));
    int lanr = 100000101;
    for (DemoPractice demo : PRACTICES) {
      long practiceId = practices.registerPractice(demo.bsnr(), demo.name(), demo.region()).getId();
      practices.locatePractice(practiceId, demo.address(), demo.phone());
      practiceIds.add(practiceId);
      doctorIds.add(
          practices
              .registerPractitioner(
                  String.valueOf(lanr),
                  demo.doctorPerson().familyName(),
                  demo.doctorPerson().givenName(),
                  practiceId)
              .getId());
      users.name(
          users.create(demo.doctor(), password, Role.DOCTOR, practiceId, null).getId(),
          demo.doctorPerson().name());
      users.name(
          users.create(demo.staff(), password, Role.STAFF, practiceId, null).getId(),
          demo.staffPerson().name());
      lanr += 100;
    }
    for (int i = 0; i < PATIENTS; i++) {
      Sex sex = random.nextBoolean() ? Sex.FEMALE : Sex.MALE;
      List<String> programmes = ProgrammeMix.draw(random, sex);
      int practice = programmes.contains("BRUST") ? 2 : programmes.contains("DM1") ? 1 : 0;
      plans.add(new PatientPlan(i, sex, programmes, practice));
    }
  }

  /** As the practice's doctor: its patients, two years of documentations, therapy plans. */
  public void patientsOf(DemoPractice demo) {
    int practiceIndex = PRACTICES.indexOf(demo);
    LocalDate today = LocalDate.now(clock);
    Practice practice = practices.practice(practiceIds.get(practiceIndex));
    for (PatientPlan plan : plans) {
      if (plan.practice() == practiceIndex) {
        Patient patient =
            patient(plan.index(), plan.sex(), insurerIds.get(plan.index() % insurerIds.size()));
        patients.recordResidence(
            patient.getId(), residenceNear(demo, plan.index()), plan.index() % 7 == 0 ? "5" : "1");
        follow(patient, practice, plan.programmes(), today);
      }
    }
    LOGGER.info(() -> "Demo data: patients of " + demo.name() + " loaded.");
  }

  /** An address in the practice's town, as the eDMP file's header needs one. */
  private static PostalAddress residenceNear(DemoPractice demo, int index) {
    String[] streets = {"Lindenstraße", "Bahnhofstraße", "Gartenweg", "Schulstraße", "Am Ring"};
    return new PostalAddress(
        streets[index % streets.length],
        String.valueOf(1 + index % 60),
        demo.address().zip(),
        demo.address().city());
  }

  private Patient patient(int index, Sex sex, long insurerId) {
    var newPatient =
        new NewPatient(
            SyntheticNames.family(random),
            SyntheticNames.given(random, sex),
            LocalDate.of(1938 + random.nextInt(65), 1 + random.nextInt(12), 1 + random.nextInt(28)),
            sex);
    newPatient.setInsurerId(insurerId);
    newPatient.setInsuranceNumber(InsuranceNumber.withCheckDigit('D', index));
    newPatient.setPhone("0221 " + (4000000 + index));
    return patients.register(newPatient);
  }

  /** Enrols about two years ago and documents every quarter since, with a few gaps. */
  private void follow(Patient patient, Practice practice, List<String> codes, LocalDate today) {
    Quarter first = Quarter.of(today).plus(-8);
    LocalDate start = first.start().plusDays(random.nextInt(60));
    List<Enrolment> enrolled = new ArrayList<>();
    for (String code : codes) {
      enrolled.add(
          enrolments.enrol(
              new EnrolmentRequest(
                  patient.getId(),
                  practice.getId(),
                  code,
                  ProgrammeMix.DIAGNOSIS.get(code),
                  start.minusMonths(2 + random.nextInt(30)),
                  start,
                  DocumentationInterval.QUARTERLY,
                  start)));
    }
    long doctorId = doctorIds.get(practiceIds.indexOf(practice.getId()));
    int stopAfter = random.nextInt(100) < 8 ? 6 + random.nextInt(2) : 99;
    LocalDate lastVisit = start;
    for (int q = 0; q <= 8 && q < stopAfter; q++) {
      LocalDate visit = q == 0 ? start : first.plus(q).start().plusDays(random.nextInt(75));
      if (visit.isAfter(today)) {
        break;
      }
      document(patient, enrolled, visit, doctorId);
      lastVisit = visit;
    }
    if (stopAfter < 99 && random.nextBoolean()) {
      for (Enrolment enrolment : enrolled) {
        enrolments.changeStatus(
            enrolment.getId(),
            EnrolmentStatus.EXCLUDED,
            lastVisit,
            "Zwei aufeinanderfolgende fehlende Folgedokumentationen");
      }
      return;
    }
    planTherapy(enrolled, start);
  }

  /** A visit with the practice's doctor, whom the eDMP file names with the LANR. */
  private void document(Patient patient, List<Enrolment> enrolled, LocalDate visit, long doctorId) {
    List<String> programmeCodes = enrolled.stream().map(Enrolment::getProgrammeCode).toList();
    List<ProgrammeDocumentation> entries = new ArrayList<>();
    for (Enrolment enrolment : enrolled) {
      Enrolment current = enrolments.enrolment(enrolment.getId());
      ProgrammeDefinition programme = programmes.current(current.getProgrammeCode(), visit);
      DocumentType type = current.nextDocumentType();
      Map<String, String> values = samples.values(programme, type, visit, programmeCodes);
      // The demo documents every quarter, so its documentations must not choose every second one:
      // the next quarter's would be refused as a second documentation in the period.
      values.computeIfPresent("interval", (code, drawn) -> current.getInterval().label());
      entries.add(new ProgrammeDocumentation(current.getId(), values));
    }
    documentations.documentVisit(new VisitDocumentation(patient.getId(), doctorId, visit, entries));
  }

  private void planTherapy(List<Enrolment> enrolled, LocalDate start) {
    for (Enrolment enrolment : enrolled) {
      String code = enrolment.getProgrammeCode();
      if (code.equals("DM1") || code.equals("DM2")) {
        BigDecimal target = random.nextBoolean() ? new BigDecimal("7.5") : new BigDecimal("8.0");
        therapyPlans.revise(
            enrolment.getId(),
            0,
            new TherapyPlanDraft(
                start,
                List.of(
                    new Goal("hba1c", "HbA1c", "4548-4", null, target, "%"),
                    new Goal(
                        "bp-systolic",
                        "Blutdruck systolisch",
                        "8480-6",
                        null,
                        new BigDecimal("140"),
                        "mmHg")),
                code.equals("DM2")
                    ? List.of(new Medication("A10BA02", "Metformin"))
                    : List.of(new Medication("A10AB", "Insulin, schnell wirkend")),
                List.of(
                    new Measure(Measure.Kind.TRAINING, "diabetes-training", "Diabetes-Schulung"))));
        var training =
            followUps.planTraining(enrolment.getId(), "diabetes-training", start.plusMonths(2));
        if (random.nextInt(5) == 0) {
          followUps.markMissed(training.getId());
          // The missed training is arranged again; the patient came to that one.
          followUps.markDone(followUps.toArrangeAgain(training.getId()).getId());
        } else {
          followUps.markDone(training.getId());
        }
      }
    }
  }
}
