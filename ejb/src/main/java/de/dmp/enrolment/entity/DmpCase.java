package de.dmp.enrolment.entity;

import de.dmp.patient.entity.Patient;
import de.dmp.practice.entity.Practice;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The DMP case number (DMP-Fallnummer) a practice gives a patient: at most 7 digits, unique in the
 * practice, never changed, and used again when the patient re-enrols.
 */
@Entity
@Table(name = "dmp_case")
@NamedQuery(
    name = DmpCase.FIND_BY_PATIENT_AND_PRACTICE,
    query =
        "select c from DmpCase c where c.patient.id = :patientId and c.practice.id = :practiceId")
@NamedQuery(
    name = DmpCase.FIND_BY_PRACTICE_AND_NUMBER,
    query =
        "select c from DmpCase c where c.practice.id = :practiceId and c.caseNumber = :caseNumber")
public class DmpCase {

  public static final String FIND_BY_PATIENT_AND_PRACTICE = "DmpCase.findByPatientAndPractice";
  public static final String FIND_BY_PRACTICE_AND_NUMBER = "DmpCase.findByPracticeAndNumber";

  /** A case number as the interface allows it: one to seven digits. */
  public static final String FORMAT = "\\d{1,7}";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "patient_id", updatable = false)
  private Patient patient;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "practice_id", updatable = false)
  private Practice practice;

  @Column(name = "case_number", nullable = false, length = 7, updatable = false)
  private String caseNumber;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected DmpCase() {}

  public DmpCase(Patient patient, Practice practice, Instant now) {
    this.patient = patient;
    this.practice = practice;
    this.caseNumber = practice.nextCaseNumber();
    this.createdAt = now;
  }

  /**
   * The case number the practice gave in other software, taken over with an imported eDMP file
   * (checked against {@link #FORMAT} and the practice's other cases by the importer).
   */
  public static DmpCase imported(
      Patient patient, Practice practice, String caseNumber, Instant now) {
    var dmpCase = new DmpCase();
    dmpCase.patient = patient;
    dmpCase.practice = practice;
    dmpCase.caseNumber = caseNumber;
    dmpCase.createdAt = now;
    practice.takeCaseNumber(caseNumber);
    return dmpCase;
  }

  public Long getId() {
    return id;
  }

  public Patient getPatient() {
    return patient;
  }

  public String getCaseNumber() {
    return caseNumber;
  }
}
