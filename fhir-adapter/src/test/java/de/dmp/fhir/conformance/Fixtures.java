package de.dmp.fhir.conformance;

import de.dmp.documentation.entity.Documentation;
import de.dmp.documentation.entity.DocumentationStatus;
import de.dmp.documentation.entity.Visit;
import de.dmp.enrolment.entity.DmpCase;
import de.dmp.enrolment.entity.Enrolment;
import de.dmp.patient.entity.Patient;
import de.dmp.patient.entity.Sex;
import de.dmp.practice.entity.Practice;
import de.dmp.practice.entity.Practitioner;
import de.dmp.programme.entity.DocumentType;
import de.dmp.programme.entity.ProgrammeDefinition;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** Stored records the translator tests start from: a patient enrolled at dr. Weber's practice. */
public final class Fixtures {

  public static final Instant NOW = Instant.parse("2026-11-23T10:15:30Z");
  public static final LocalDate STARTED = LocalDate.of(2025, 1, 15);
  public static final LocalDate VISITED = LocalDate.of(2026, 11, 20);

  private Fixtures() {}

  public static Patient patient(long id) {
    return Stored.with(
        new Patient("Müller", "Anna", LocalDate.of(1956, 3, 14), Sex.FEMALE), "id", id);
  }

  public static Practice practice() {
    return Stored.with(new Practice("201234500", "Hausarztpraxis am Dom", "Nordrhein"), "id", 7L);
  }

  /** An enrolment begun on {@link #STARTED} with the diagnosis made on 2024-03-01. */
  public static Enrolment enrolment(
      Patient patient, Practice practice, ProgrammeDefinition programme, String icd10, long id) {
    return Stored.with(
        new Enrolment(
            patient,
            practice,
            new DmpCase(patient, practice, NOW),
            programme,
            new Enrolment.Diagnosis(icd10, LocalDate.of(2024, 3, 1)),
            programme.intervals().iterator().next(),
            STARTED,
            NOW),
        "id",
        id);
  }

  public static Practitioner doctor(Practice practice) {
    return Stored.with(new Practitioner("100000101", "Weber", "Jana", practice), "id", 3L);
  }

  /**
   * A stored documentation of patient 42's enrolment in the programme, made on {@link #VISITED} by
   * the doctor (or, where null, by the practice), with the given values.
   */
  public static Documentation documentation(
      ProgrammeDefinition programme,
      DocumentType type,
      Map<String, String> values,
      DocumentationStatus status,
      Practitioner doctor) {
    var patient = patient(42L);
    var practice = practice();
    var enrolment =
        enrolment(patient, practice, programme, programme.diagnoses().get(0).code(), 99L);
    var visit = Stored.with(new Visit(patient, practice, doctor, VISITED, NOW), "id", 500L);
    var documentation =
        new Documentation(
            visit, enrolment, type, programme.version(), values, status, NOW, "dr.test");
    return Stored.with(Stored.with(documentation, "id", 1234L), "version", 2L);
  }
}
