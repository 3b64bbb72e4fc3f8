package de.dmp.therapy.entity;

import de.dmp.enrolment.entity.Enrolment;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One version of the individual therapy plan of an enrolment. A change is a new version; the
 * earlier ones stay as the plan's history.
 */
@Entity
@Table(name = "therapy_plan")
@NamedQuery(
    name = TherapyPlan.FIND_BY_ENROLMENT,
    query =
        "select t from TherapyPlan t join fetch t.enrolment"
            + " where t.enrolment.id = :enrolmentId order by t.planVersion desc")
@NamedQuery(
    name = TherapyPlan.ENROLMENT_OF,
    query = "select t.enrolment.id from TherapyPlan t where t.id = :planId")
public class TherapyPlan {

  /** The versions of an enrolment's plan with the enrolment, newest first. */
  public static final String FIND_BY_ENROLMENT = "TherapyPlan.findByEnrolment";

  /** The id of the enrolment a plan version belongs to. */
  public static final String ENROLMENT_OF = "TherapyPlan.enrolmentOf";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "enrolment_id", updatable = false)
  private Enrolment enrolment;

  @Column(name = "plan_version", nullable = false, updatable = false)
  private int planVersion;

  @Column(name = "valid_from", nullable = false, updatable = false)
  private LocalDate validFrom;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "therapy_goal", joinColumns = @JoinColumn(name = "therapy_plan_id"))
  @OrderColumn(name = "position")
  private List<Goal> goals = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "therapy_medication", joinColumns = @JoinColumn(name = "therapy_plan_id"))
  @OrderColumn(name = "position")
  private List<Medication> medications = new ArrayList<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "therapy_measure", joinColumns = @JoinColumn(name = "therapy_plan_id"))
  @OrderColumn(name = "position")
  private List<Measure> measures = new ArrayList<>();

  protected TherapyPlan() {}

  /** The version after {@code previousVersion} (0 for the first plan). */
  public TherapyPlan(
      Enrolment enrolment,
      int previousVersion,
      LocalDate validFrom,
      List<Goal> goals,
      List<Medication> medications,
      List<Measure> measures,
      Instant now) {
    this.enrolment = enrolment;
    this.planVersion = previousVersion + 1;
    this.validFrom = validFrom;
    this.goals.addAll(goals);
    this.medications.addAll(medications);
    this.measures.addAll(measures);
    this.createdAt = now;
  }

  public Long getId() {
    return id;
  }

  public Enrolment getEnrolment() {
    return enrolment;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public int getPlanVersion() {
    return planVersion;
  }

  public LocalDate getValidFrom() {
    return validFrom;
  }

  public List<Goal> getGoals() {
    return List.copyOf(goals);
  }

  /** The goal for a value, by the value's code, if this version sets one. */
  public Optional<Goal> goal(String code) {
    return goals.stream().filter(goal -> goal.getCode().equals(code)).findFirst();
  }

  /**
   * The version in force on a day: the newest of the versions valid from that day or before; none
   * before the first version's day.
   */
  public static Optional<TherapyPlan> inForceOn(List<TherapyPlan> versions, LocalDate day) {
    return versions.stream()
        .filter(version -> !version.validFrom.isAfter(day))
        .max(Comparator.comparingInt(TherapyPlan::getPlanVersion));
  }

  public List<Medication> getMedications() {
    return List.copyOf(medications);
  }

  public List<Measure> getMeasures() {
    return List.copyOf(measures);
  }
}
