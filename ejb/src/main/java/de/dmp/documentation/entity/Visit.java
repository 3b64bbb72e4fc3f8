package de.dmp.documentation.entity;

import de.dmp.patient.entity.Patient;
import de.dmp.practice.entity.Practice;
import de.dmp.practice.entity.Practitioner;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One encounter at which one or more programmes of the same patient are documented. */
@Entity
@Table(name = "visit")
public class Visit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "patient_id", updatable = false)
  private Patient patient;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "practice_id", updatable = false)
  private Practice practice;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "practitioner_id", updatable = false)
  private Practitioner practitioner;

  @Column(name = "visit_date", nullable = false)
  private LocalDate date;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected Visit() {}

  public Visit(
      Patient patient, Practice practice, Practitioner practitioner, LocalDate date, Instant now) {
    this.patient = patient;
    this.practice = practice;
    this.practitioner = practitioner;
    this.date = date;
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  /** The visit took place on another day: a draft of it was dated wrongly. */
  public void moveTo(LocalDate day) {
    date = day;
  }

  public LocalDate getDate() {
    return date;
  }

  public Patient getPatient() {
    return patient;
  }

  public Practice getPractice() {
    return practice;
  }

  /** The documenting doctor, where one was named. */
  public Practitioner getPractitioner() {
    return practitioner;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
