package de.dmp.patient.entity;

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
 * A practice cares for a patient: it registered the person, or presented the same insurance
 * identity later. Doctors and staff reach exactly the patients their practice cares for.
 */
@Entity
@Table(name = "patient_practice")
@NamedQuery(
    name = CareRelation.COUNT_BY_PATIENT_AND_PRACTICE,
    query =
        "select count(r) from CareRelation r where r.patient.id = :patientId"
            + " and r.practice.id = :practiceId")
@NamedQuery(
    name = CareRelation.FIND_BY_PATIENT,
    query = "select r from CareRelation r where r.patient.id = :patientId")
public class CareRelation {

  public static final String COUNT_BY_PATIENT_AND_PRACTICE =
      "CareRelation.countByPatientAndPractice";
  public static final String FIND_BY_PATIENT = "CareRelation.findByPatient";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "patient_id", updatable = false)
  private Patient patient;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "practice_id", updatable = false)
  private Practice practice;

  @Column(nullable = false, updatable = false)
  private Instant since;

  protected CareRelation() {}

  public CareRelation(Patient patient, Practice practice, Instant since) {
    this.patient = patient;
    this.practice = practice;
    this.since = since;
  }
}
