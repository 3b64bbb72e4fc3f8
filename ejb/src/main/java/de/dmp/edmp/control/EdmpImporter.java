package de.dmp.edmp.control;

import de.dmp.audit.control.AuditTrail;
import de.dmp.audit.entity.AuditAction;
import de.dmp.documentation.boundary.DocumentationRecorded;
import de.dmp.documentation.entity.Documentation;
import de.dmp.documentation.entity.DocumentationPeriod;
import de.dmp.documentation.entity.DocumentationStatus;
import de.dmp.documentation.entity.Visit;
import de.dmp.edmp.boundary.ImportFile;
import de.dmp.edmp.boundary.ImportResult;
import de.dmp.edmp.entity.EdmpDocument;
import de.dmp.edmp.entity.EdmpRefusedException;
import de.dmp.edmp.entity.ImportRefusedException;
import de.dmp.edmp.entity.Insurance;
import de.dmp.edmp.entity.Insured;
import de.dmp.edmp.entity.UnreadableEdmpException;
import de.dmp.enrolment.entity.DmpCase;
import de.dmp.enrolment.entity.Enrolment;
import de.dmp.enrolment.entity.EnrolmentChanged;
import de.dmp.identity.entity.Caller;
import de.dmp.patient.entity.CareRelation;
import de.dmp.patient.entity.InsuranceNumber;
import de.dmp.patient.entity.Patient;
import de.dmp.patient.entity.Sex;
import de.dmp.platform.entity.PostalAddress;
import de.dmp.practice.entity.Insurer;
import de.dmp.practice.entity.Practice;
import de.dmp.practice.entity.Practitioner;
import de.dmp.programme.boundary.Programmes;
import de.dmp.programme.entity.DocumentType;
import de.dmp.programme.entity.DocumentationInterval;
import de.dmp.programme.entity.FieldError;
import de.dmp.programme.entity.ProgrammeDefinition;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Stores the documentations of eDMP files from other software for a practice: each patient matched
 * by KVNR or registered, each enrolment found by programme (its case number the practice's) or
 * made, each documentation stored COMPLETE as the file has it. The caller's transaction holds the
 * whole import: the first file refused, with its name, element and reason, stores nothing.
 */
@Dependent
public class EdmpImporter {

  private static final String FROM = "imported from ";

  /**
   * The problems of the programme's checks that refuse an imported file: a value that is wrong in
   * itself. Gaps (a field our form requires, e.g. HI's LVEF, which HI 1.04 does not carry), fields
   * the interface has in the other document type and the cross-checks are not refused: the file was
   * complete for KBV's interface and its test module; the record shows such a field as not
   * documented.
   */
  private static final Set<String> WRONG_VALUES =
      Set.of(
          "notANumber", "notWhole", "outOfRange", "notAllowed", "notADate", "afterDocumentation");

  @Inject private EntityManager em;
  @Inject private EdmpOutput output;
  @Inject private Programmes programmes;
  @Inject private AuditTrail audit;
  @Inject private Event<DocumentationRecorded> recorded;
  @Inject private Event<EnrolmentChanged> changed;
  @Inject private Clock clock;

  private record Read(String fileName, EdmpDocument document) {}

  /** The counts while importing; a patient or enrolment counts once however many files name it. */
  private static final class Tally {
    final Set<Long> created = new HashSet<>();
    final Set<Long> matched = new HashSet<>();
    final Set<Long> enrolled = new HashSet<>();
    final Set<Long> reused = new HashSet<>();
    int documentations;
    final List<String> skipped = new ArrayList<>();

    ImportResult result() {
      matched.removeAll(created);
      reused.removeAll(enrolled);
      return new ImportResult(
          created.size(), matched.size(), enrolled.size(), reused.size(), documentations, skipped);
    }
  }

  /**
   * @throws EdmpRefusedException for the first file that cannot be imported, naming it
   */
  public ImportResult importFiles(Caller caller, Practice practice, List<ImportFile> files) {
    List<Read> read =
        files.stream()
            .map(this::read)
            .sorted(
                Comparator.comparing((Read r) -> r.document().documentedOn())
                    .thenComparing(r -> r.document().type()))
            .toList();
    Tally tally = new Tally();
    for (Read file : read) {
      store(caller, practice, file, tally);
    }
    return tally.result();
  }

  private Read read(ImportFile file) {
    try {
      return new Read(file.name(), output.reader().read(file.name(), file.content()));
    } catch (UnreadableEdmpException e) {
      throw new ImportRefusedException(e);
    }
  }

  private void store(Caller caller, Practice practice, Read file, Tally tally) {
    EdmpDocument document = file.document();
    if (document.documentedOn().isAfter(LocalDate.now(clock))) {
      throw new EdmpRefusedException(
          "edmp.import.future", file.fileName(), document.documentedOn());
    }
    ProgrammeDefinition programme =
        programmes.current(document.programme(), document.documentedOn());
    List<FieldError> failing =
        programme.check(document.type(), document.values(), document.documentedOn()).stream()
            .filter(error -> WRONG_VALUES.contains(error.problem()))
            .toList();
    if (!failing.isEmpty()) {
      throw new ImportRefusedException(file.fileName(), failing);
    }
    Patient patient = patient(caller, practice, file, tally);
    Enrolment enrolment = enrolment(caller, practice, patient, programme, file, tally);
    if (alreadyThere(enrolment, document)) {
      tally.skipped.add(file.fileName());
      return;
    }
    refuseSecondInPeriod(enrolment, file);
    Instant now = clock.instant();
    var visit =
        new Visit(patient, practice, doctor(practice, document), document.documentedOn(), now);
    em.persist(visit);
    var documentation =
        new Documentation(
            visit,
            enrolment,
            document.type(),
            programme.version(),
            document.values(),
            DocumentationStatus.COMPLETE,
            now,
            caller.username());
    em.persist(documentation);
    if (document.type() == DocumentType.ED) {
      enrolment.recordInitialDocumentation(document.documentedOn(), now);
    }
    recorded.fire(new DocumentationRecorded(documentation));
    audit.record(
        caller,
        AuditAction.CREATE,
        "Documentation",
        documentation.getId(),
        patient.getId(),
        FROM + file.fileName());
    tally.documentations++;
  }

  private Patient patient(Caller caller, Practice practice, Read file, Tally tally) {
    Insured insured = file.document().patient();
    Insurance insurance = insured.insurance();
    String kvnr = insurance.kvnr();
    if (!kvnr.matches(InsuranceNumber.FORMAT) || !InsuranceNumber.hasValidCheckDigit(kvnr)) {
      throw new EdmpRefusedException("edmp.import.kvnr", file.fileName(), kvnr);
    }
    LocalDate birthDate = birthDate(insured.birthDate());
    Optional<Patient> known =
        em.createNamedQuery(Patient.FIND_BY_INSURANCE_NUMBER, Patient.class)
            .setParameter("number", kvnr)
            .getResultStream()
            .findFirst();
    if (known.isPresent()) {
      Patient patient = known.get();
      if (!patient.getBirthDate().equals(birthDate)) {
        throw new EdmpRefusedException("edmp.import.otherPerson", file.fileName(), kvnr);
      }
      careFor(caller, practice, patient);
      tally.matched.add(patient.getId());
      return patient;
    }
    var patient =
        new Patient(insured.familyName(), insured.givenName(), birthDate, sex(insured.sex()));
    patient.insure(insurer(caller, insurance, file), kvnr);
    residence(insured)
        .ifPresent(address -> patient.recordResidence(address, insuredStatus(insurance)));
    em.persist(patient);
    careFor(caller, practice, patient);
    audit.record(
        caller,
        AuditAction.CREATE,
        "Patient",
        patient.getId(),
        patient.getId(),
        FROM + file.fileName());
    tally.created.add(patient.getId());
    return patient;
  }

  /** KBV writes an unknown month or day as 00; our records keep the first of the month or year. */
  private static LocalDate birthDate(String written) {
    String[] parts = written.split("-");
    return LocalDate.of(
        Integer.parseInt(parts[0]),
        Math.max(1, Integer.parseInt(parts[1])),
        Math.max(1, Integer.parseInt(parts[2])));
  }

  private static Sex sex(String code) {
    return switch (code) {
      case "F" -> Sex.FEMALE;
      case "M" -> Sex.MALE;
      case "X" -> Sex.DIVERSE;
      default -> Sex.UNKNOWN;
    };
  }

  private static Optional<PostalAddress> residence(Insured insured) {
    var address = insured.address();
    return address == null || address.city() == null || address.city().isBlank()
        ? Optional.empty()
        : Optional.of(
            new PostalAddress(
                address.street(), address.houseNumber(), address.zip(), address.city()));
  }

  private static String insuredStatus(Insurance insurance) {
    return insurance.insuredType() != null && insurance.insuredType().matches("[135]")
        ? insurance.insuredType()
        : null;
  }

  /** The insurer by its IK; one the system does not know yet is registered as the file names it. */
  private Insurer insurer(Caller caller, Insurance insurance, Read file) {
    String ik = insurance.ik();
    if (!ik.matches("\\d{9}")) {
      throw new EdmpRefusedException("edmp.import.ik", file.fileName(), ik);
    }
    return em.createNamedQuery(Insurer.FIND_BY_INSTITUTION_CODE, Insurer.class)
        .setParameter("code", ik)
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              var insurer = new Insurer(ik, insurance.insurerName());
              em.persist(insurer);
              audit.record(
                  caller,
                  AuditAction.CREATE,
                  "Insurer",
                  insurer.getId(),
                  null,
                  FROM + file.fileName());
              return insurer;
            });
  }

  private void careFor(Caller caller, Practice practice, Patient patient) {
    boolean cared =
        em.createNamedQuery(CareRelation.COUNT_BY_PATIENT_AND_PRACTICE, Long.class)
                .setParameter("patientId", patient.getId())
                .setParameter("practiceId", practice.getId())
                .getSingleResult()
            > 0;
    if (!cared) {
      em.persist(new CareRelation(patient, practice, clock.instant()));
      audit.record(
          caller,
          AuditAction.UPDATE,
          "Patient",
          patient.getId(),
          patient.getId(),
          "linked to practice");
    }
  }

  /**
   * The open enrolment of the programme at the practice, or a new one from the file's day; the
   * file's case number must be the one the practice gives the patient.
   */
  private Enrolment enrolment(
      Caller caller,
      Practice practice,
      Patient patient,
      ProgrammeDefinition programme,
      Read file,
      Tally tally) {
    DmpCase dmpCase = dmpCase(practice, patient, file);
    List<Enrolment> enrolments =
        em.createNamedQuery(Enrolment.FIND_BY_PATIENT, Enrolment.class)
            .setParameter("patientId", patient.getId())
            .getResultList();
    Optional<Enrolment> open =
        enrolments.stream()
            .filter(
                e ->
                    e.isOpen()
                        && e.getProgrammeCode().equals(programme.code())
                        && e.getPractice().getId().equals(practice.getId()))
            .findFirst();
    if (open.isPresent()) {
      tally.reused.add(open.get().getId());
      return open.get();
    }
    for (Enrolment other : enrolments) {
      if (other.isOpen()
          && (other.getProgrammeCode().equals(programme.code())
              || programme.excludes(other.getProgrammeCode()))) {
        throw new EdmpRefusedException(
            "edmp.import.enrolled", file.fileName(), programme.code(), other.getProgrammeCode());
      }
    }
    LocalDate day = file.document().documentedOn();
    var enrolment =
        new Enrolment(
            patient,
            practice,
            dmpCase,
            programme,
            new Enrolment.Diagnosis(programme.diagnoses().get(0).code(), day),
            programme.allows(DocumentationInterval.QUARTERLY)
                ? DocumentationInterval.QUARTERLY
                : programme.intervals().iterator().next(),
            day,
            clock.instant());
    em.persist(enrolment);
    audit.record(
        caller,
        AuditAction.CREATE,
        "Enrolment",
        enrolment.getId(),
        patient.getId(),
        FROM + file.fileName());
    changed.fire(new EnrolmentChanged(enrolment));
    tally.enrolled.add(enrolment.getId());
    return enrolment;
  }

  private DmpCase dmpCase(Practice practice, Patient patient, Read file) {
    String number = file.document().patient().caseNumber();
    Optional<DmpCase> existing =
        em.createNamedQuery(DmpCase.FIND_BY_PATIENT_AND_PRACTICE, DmpCase.class)
            .setParameter("patientId", patient.getId())
            .setParameter("practiceId", practice.getId())
            .getResultStream()
            .findFirst();
    if (existing.isPresent()) {
      if (!existing.get().getCaseNumber().equals(number)) {
        throw new EdmpRefusedException(
            "edmp.import.caseNumber", file.fileName(), number, existing.get().getCaseNumber());
      }
      return existing.get();
    }
    if (!number.matches(DmpCase.FORMAT)) {
      throw new EdmpRefusedException("edmp.import.caseNumberFormat", file.fileName(), number);
    }
    boolean taken =
        em.createNamedQuery(DmpCase.FIND_BY_PRACTICE_AND_NUMBER, DmpCase.class)
            .setParameter("practiceId", practice.getId())
            .setParameter("caseNumber", number)
            .getResultStream()
            .findFirst()
            .isPresent();
    if (taken) {
      throw new EdmpRefusedException("edmp.import.caseNumberTaken", file.fileName(), number);
    }
    DmpCase dmpCase = DmpCase.imported(patient, practice, number, clock.instant());
    em.persist(dmpCase);
    return dmpCase;
  }

  /**
   * A file whose documentation falls in a period that already has another one, stored before or
   * earlier in the same import, is refused as the form refuses it: the data office takes one
   * documentation per period, and the first is to be corrected instead.
   */
  private void refuseSecondInPeriod(Enrolment enrolment, Read file) {
    EdmpDocument document = file.document();
    DocumentationPeriod period =
        DocumentationPeriod.of(document.documentedOn(), document.values(), enrolment.getInterval());
    Documentation.covering(em, enrolment, period, null)
        .ifPresent(
            existing -> {
              throw new EdmpRefusedException(
                  "edmp.import.period",
                  file.fileName(),
                  document.documentedOn(),
                  period,
                  existing.getDocumentedOn(),
                  String.valueOf(existing.getId()));
            });
  }

  private boolean alreadyThere(Enrolment enrolment, EdmpDocument document) {
    return enrolment.getId() != null
        && em.createNamedQuery(Documentation.FIND_BY_ENROLMENT, Documentation.class)
            .setParameter("enrolmentId", enrolment.getId())
            .getResultStream()
            .anyMatch(
                d ->
                    !d.isDraft()
                        && d.getType() == document.type()
                        && d.getDocumentedOn().equals(document.documentedOn()));
  }

  /** The documenting doctor by LANR, if the practice has them; otherwise the visit names none. */
  private Practitioner doctor(Practice practice, EdmpDocument document) {
    return em.createNamedQuery(Practitioner.FIND_BY_LANR, Practitioner.class)
        .setParameter("lanr", document.provider().lanr())
        .getResultStream()
        .filter(p -> p.getPractice().getId().equals(practice.getId()))
        .findFirst()
        .orElse(null);
  }
}
