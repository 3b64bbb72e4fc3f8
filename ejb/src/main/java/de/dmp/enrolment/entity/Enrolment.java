package de.dmp.enrolment.entity;

import de.dmp.patient.entity.Patient;
import de.dmp.platform.entity.IllegalTransitionException;
import de.dmp.platform.time.Quarter;
import de.dmp.practice.entity.Practice;
import de.dmp.programme.entity.DocumentType;
import de.dmp.programme.entity.DocumentationInterval;
import de.dmp.programme.entity.ProgrammeDefinition;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A patient's participation in one programme at one practice. The patient counts as enrolled only
 * once the signed consent (TE/EWE) and the initial documentation are both complete; every state
 * change is legal by {@link EnrolmentStatus#next()} and recorded with its reason.
 */
@Entity
@Table(name = "enrolment")
@NamedQuery(
    name = Enrolment.FIND_BY_PATIENT,
    query =
        "select e from Enrolment e join fetch e.practice join fetch e.dmpCase"
            + " where e.patient.id = :patientId order by e.startedOn, e.id")
@NamedQuery(
    name = Enrolment.FIND_WITH_PRACTICE,
    query = "select e from Enrolment e join fetch e.practice join fetch e.dmpCase where e.id = :id")
@NamedQuery(
    name = Enrolment.FIND_BY_PATIENTS,
    query =
        "select e from Enrolment e join fetch e.practice join fetch e.dmpCase"
            + " where e.patient.id in :patientIds order by e.patient.id, e.startedOn, e.id")
public class Enrolment {

  /** The enrolments of several patients, like {@link #FIND_BY_PATIENT}. */
  public static final String FIND_BY_PATIENTS = "Enrolment.findByPatients";

  /** A patient's enrolments, with practice and case number for callers outside the transaction. */
  public static final String FIND_BY_PATIENT = "Enrolment.findByPatient";

  /** One enrolment, with practice and case number for callers outside the transaction. */
  public static final String FIND_WITH_PRACTICE = "Enrolment.findWithPractice";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "patient_id", updatable = false)
  private Patient patient;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "practice_id", updatable = false)
  private Practice practice;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "dmp_case_id", updatable = false)
  private DmpCase dmpCase;

  @Column(name = "programme_code", nullable = false, length = 20, updatable = false)
  private String programmeCode;

  @Column(name = "programme_version", nullable = false, length = 20)
  private String programmeVersion;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 16)
  private EnrolmentStatus status;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "documentation_interval", nullable = false, length = 24)
  private DocumentationInterval interval;

  @Column(name = "diagnosis_code", nullable = false, length = 10)
  private String diagnosisCode;

  @Column(name = "diagnosis_date", nullable = false)
  private LocalDate diagnosisDate;

  @Column(name = "consent_signed_on")
  private LocalDate consentSignedOn;

  @Column(name = "consent_withdrawn_on")
  private LocalDate consentWithdrawnOn;

  @Column(name = "initial_documented_on")
  private LocalDate initialDocumentedOn;

  @Column(name = "started_on", nullable = false)
  private LocalDate startedOn;

  @Column(name = "ended_on")
  private LocalDate endedOn;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "enrolment_status_change",
      joinColumns = @JoinColumn(name = "enrolment_id"))
  @OrderColumn(name = "position")
  private List<StatusChange> history = new ArrayList<>();

  @ElementCollection
  @CollectionTable(
      name = "enrolment_dismissed_exclusion",
      joinColumns = @JoinColumn(name = "enrolment_id"))
  private Set<DismissedExclusion> dismissedExclusions = new HashSet<>();

  protected Enrolment() {}

  /** A new enrolment, ENROLLED as of {@code startedOn}. */
  public Enrolment(
      Patient patient,
      Practice practice,
      DmpCase dmpCase,
      ProgrammeDefinition programme,
      Diagnosis diagnosis,
      DocumentationInterval interval,
      LocalDate startedOn,
      Instant now) {
    if (!programme.allows(interval)) {
      throw new IllegalTransitionException(
          "enrolment.interval", programme.localisedTitle(), interval);
    }
    this.patient = patient;
    this.practice = practice;
    this.dmpCase = dmpCase;
    this.programmeCode = programme.code();
    this.programmeVersion = programme.version();
    this.diagnosisCode = diagnosis.code();
    this.diagnosisDate = diagnosis.date();
    this.interval = interval;
    this.startedOn = startedOn;
    this.status = EnrolmentStatus.ENROLLED;
    this.createdAt = now;
    this.updatedAt = now;
    history.add(new StatusChange(null, status, startedOn, "Einschreibung", now));
  }

  /** The confirmed diagnosis an enrolment rests on: ICD-10-GM code and the day it was made. */
  public record Diagnosis(String code, LocalDate date) {}

  /** Records the signed participation and consent declaration (TE/EWE). */
  public void recordConsent(LocalDate signedOn, Instant now) {
    requireOpen();
    consentSignedOn = signedOn;
    activateWhenComplete(signedOn, now);
  }

  /** The patient withdrew the consent: the enrolment ends on that day. */
  public void withdrawConsent(LocalDate withdrawnOn, Instant now) {
    requireOpen();
    consentWithdrawnOn = withdrawnOn;
    transitionTo(EnrolmentStatus.ENDED, withdrawnOn, "Widerruf der Einwilligung", now);
  }

  /** Records that the initial documentation (Erstdokumentation) is complete. */
  public void recordInitialDocumentation(LocalDate documentedOn, Instant now) {
    requireOpen();
    if (initialDocumentedOn == null) {
      initialDocumentedOn = documentedOn;
    }
    activateWhenComplete(documentedOn, now);
  }

  private void activateWhenComplete(LocalDate day, Instant now) {
    if (status == EnrolmentStatus.ENROLLED
        && consentSignedOn != null
        && initialDocumentedOn != null) {
      LocalDate effective = day.isBefore(startedOn) ? startedOn : day;
      transitionTo(
          EnrolmentStatus.ACTIVE,
          effective,
          "Teilnahme- und Einwilligungserklärung und Erstdokumentation vollständig",
          now);
    }
  }

  /**
   * Moves to the next state as of {@code effectiveOn}, which may lie in the past (e.g. an exclusion
   * backdated to the last documentation) but not before the last change.
   */
  public void transitionTo(
      EnrolmentStatus next, LocalDate effectiveOn, String reason, Instant now) {
    if (!status.next().contains(next)) {
      throw new IllegalTransitionException("enrolment.transition", status, next, status.next());
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalTransitionException("enrolment.reason", next);
    }
    LocalDate lastEffective = lastChangedOn();
    if (effectiveOn.isBefore(lastEffective)) {
      throw new IllegalTransitionException(
          "enrolment.effectiveTooEarly", next, effectiveOn, lastEffective);
    }
    if (next == EnrolmentStatus.ACTIVE
        && (consentSignedOn == null || initialDocumentedOn == null)) {
      throw new IllegalTransitionException("enrolment.notYetActive");
    }
    history.add(new StatusChange(status, next, effectiveOn, reason.strip(), now));
    status = next;
    updatedAt = now;
    if (!next.isOpen()) {
      endedOn = effectiveOn;
    }
  }

  /** The day the last change of status took effect; a new one cannot take effect before it. */
  public LocalDate lastChangedOn() {
    return history.get(history.size() - 1).getEffectiveOn();
  }

  /** The quarter in which the next follow-up documentation is due after one made on that day. */
  public Quarter nextDocumentationQuarter(LocalDate lastDocumentedOn) {
    return Quarter.of(lastDocumentedOn).plus(interval.quarters());
  }

  private void requireOpen() {
    if (!status.isOpen()) {
      throw new IllegalTransitionException("enrolment.ended", status, endedOn);
    }
  }

  /** Taking part: consent and initial documentation complete, not ended or excluded. */
  public boolean isParticipating() {
    return status == EnrolmentStatus.ACTIVE || status == EnrolmentStatus.SUSPENDED;
  }

  public boolean isOpen() {
    return status.isOpen();
  }

  /**
   * Whether what was documented on that day may flow to the insurer: only under a signed consent,
   * and nothing from the day the consent was withdrawn on.
   */
  public boolean sharesWithInsurerOn(LocalDate day) {
    return consentSignedOn != null
        && (consentWithdrawnOn == null || day.isBefore(consentWithdrawnOn));
  }

  /** The initial documentation until one is complete, then follow-ups. */
  public DocumentType nextDocumentType() {
    return hasInitialDocumentation() ? DocumentType.FD : DocumentType.ED;
  }

  public boolean hasInitialDocumentation() {
    return initialDocumentedOn != null;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public Patient getPatient() {
    return patient;
  }

  public Practice getPractice() {
    return practice;
  }

  public DmpCase getDmpCase() {
    return dmpCase;
  }

  public String getProgrammeCode() {
    return programmeCode;
  }

  public String getProgrammeVersion() {
    return programmeVersion;
  }

  public EnrolmentStatus getStatus() {
    return status;
  }

  public DocumentationInterval getInterval() {
    return interval;
  }

  public String getDiagnosisCode() {
    return diagnosisCode;
  }

  public LocalDate getDiagnosisDate() {
    return diagnosisDate;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public LocalDate getConsentSignedOn() {
    return consentSignedOn;
  }

  public LocalDate getConsentWithdrawnOn() {
    return consentWithdrawnOn;
  }

  public LocalDate getStartedOn() {
    return startedOn;
  }

  public LocalDate getEndedOn() {
    return endedOn;
  }

  /**
   * Records that the doctor keeps the patient in the programme although the rule proposes an
   * exclusion effective on {@code exclusionEffectiveOn}; the same proposal is not made again.
   */
  public void dismissExclusion(
      String ruleId, LocalDate exclusionEffectiveOn, String reason, String by, Instant now) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalTransitionException("verdict.dismissalReason", ruleId);
    }
    dismissedExclusions.add(
        new DismissedExclusion(ruleId, exclusionEffectiveOn, reason.strip(), by, now));
    updatedAt = now;
  }

  public Set<DismissedExclusion> getDismissedExclusions() {
    return Collections.unmodifiableSet(dismissedExclusions);
  }

  public List<StatusChange> getHistory() {
    return Collections.unmodifiableList(history);
  }
}
