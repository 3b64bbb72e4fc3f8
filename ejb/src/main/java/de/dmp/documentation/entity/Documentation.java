package de.dmp.documentation.entity;

import de.dmp.enrolment.entity.Enrolment;
import de.dmp.platform.entity.IllegalTransitionException;
import de.dmp.platform.time.Quarter;
import de.dmp.programme.entity.DocumentType;
import de.dmp.programme.entity.FieldError;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedAttributeNode;
import jakarta.persistence.NamedEntityGraph;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.NamedSubgraph;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The initial (ED) or a follow-up (FD) documentation of one enrolment, made under a named
 * programme-definition version. A correction adds a revision; earlier revisions are kept.
 */
@Entity
@Table(name = "documentation")
@NamedQuery(
    name = Documentation.FIND_BY_ENROLMENT,
    query =
        "select d from Documentation d where d.enrolment.id = :enrolmentId"
            + " order by d.documentedOn, d.id")
@NamedQuery(
    name = Documentation.FIND_COUNTED_BY_ENROLMENT,
    query =
        "select d from Documentation d left join fetch d.values"
            + " where d.enrolment.id = :enrolmentId and d.status <> :draft"
            + " order by d.documentedOn, d.id")
@NamedQuery(
    name = Documentation.FIND_BY_PATIENT,
    query =
        "select d from Documentation d where d.enrolment.patient.id = :patientId"
            + " order by d.documentedOn, d.id")
@NamedQuery(
    name = Documentation.FIND_BY_PATIENTS,
    query =
        "select d from Documentation d where d.enrolment.patient.id in :patientIds"
            + " order by d.enrolment.patient.id, d.documentedOn, d.id")
@NamedQuery(
    name = Documentation.FIND_BY_IDS,
    query = "select d from Documentation d where d.id in :ids order by d.documentedOn, d.id")
@NamedQuery(
    name = Documentation.FIND_BY_VISIT,
    query = "select d from Documentation d where d.visit.id = :visitId order by d.id")
@NamedEntityGraph(
    name = Documentation.WITH_CONTEXT,
    attributeNodes = {
      @NamedAttributeNode(value = "enrolment", subgraph = "enrolment"),
      @NamedAttributeNode(value = "visit", subgraph = "visit"),
      @NamedAttributeNode("values")
    },
    subgraphs = {
      @NamedSubgraph(name = "enrolment", attributeNodes = @NamedAttributeNode("practice")),
      @NamedSubgraph(name = "visit", attributeNodes = @NamedAttributeNode("practitioner"))
    })
@NamedQuery(
    name = Documentation.SEND_LIST,
    query =
        "select d.id, d.type, d.documentedOn, d.status, d.sentOn, d.sentAt, d.sentBy,"
            + " e.programmeCode, p.id, p.familyName, p.givenName, d.previouslySentOn"
            + " from Documentation d join d.enrolment e join e.patient p"
            + " where e.practice.id = :practiceId and (d.status = :complete"
            + " or (d.status = :draft and d.documentedOn >= :draftsSince)"
            + " or (d.status = :sent and d.sentOn >= :sentSince))"
            + " order by d.documentedOn, p.familyName, p.givenName, d.id")
@NamedQuery(
    name = Documentation.SUMMARIES_BY_PRACTICE_AND_DAYS,
    query =
        "select d.id, d.status, d.documentedOn, d.sentOn, e.id, e.programmeCode,"
            + " p.id, p.familyName, p.givenName"
            + " from Documentation d join d.enrolment e join e.patient p"
            + " where e.practice.id = :practiceId and d.documentedOn between :from and :to")
@NamedQuery(
    name = Documentation.STATUSES_BY_PRACTICE_AND_DAYS,
    query =
        "select d.enrolment.id, d.status from Documentation d"
            + " where d.enrolment.practice.id = :practiceId and d.documentedOn between :from and :to")
public class Documentation {

  /** The enrolment and status of each of the practice's documentations between two days. */
  public static final String STATUSES_BY_PRACTICE_AND_DAYS =
      "Documentation.statusesByPracticeAndDays";

  /** Summaries without values, as rows: see the query for the columns. */
  public static final String SUMMARIES_BY_PRACTICE_AND_DAYS =
      "Documentation.summariesByPracticeAndDays";

  /**
   * The practice's complete documentations, its drafts documented since a day and those sent since
   * a day, without values, as rows: see the query for the columns.
   */
  public static final String SEND_LIST = "Documentation.sendList";

  public static final String FIND_BY_ENROLMENT = "Documentation.findByEnrolment";

  /** A patient's documentations, oldest first. */
  public static final String FIND_BY_PATIENT = "Documentation.findByPatient";

  public static final String FIND_BY_VISIT = "Documentation.findByVisit";

  /** The documentations with those ids, oldest first. */
  public static final String FIND_BY_IDS = "Documentation.findByIds";

  /** The documentations of several patients, for a bulk export. */
  public static final String FIND_BY_PATIENTS = "Documentation.findByPatients";

  /**
   * The fetch graph for callers outside the transaction: enrolment with practice, visit with
   * doctor, and the values.
   */
  public static final String WITH_CONTEXT = "Documentation.withContext";

  /** The hint that loads a query's or a find's documentations with {@link #WITH_CONTEXT}. */
  public static Map<String, Object> withContext(EntityManager em) {
    return Map.of("jakarta.persistence.fetchgraph", em.getEntityGraph(WITH_CONTEXT));
  }

  /** The named query, loading its documentations with {@link #WITH_CONTEXT}. */
  public static TypedQuery<Documentation> withContext(EntityManager em, String queryName) {
    var query = em.createNamedQuery(queryName, Documentation.class);
    withContext(em).forEach(query::setHint);
    return query;
  }

  /** The complete and sent documentations with their values, in one query. */
  public static final String FIND_COUNTED_BY_ENROLMENT = "Documentation.findCountedByEnrolment";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "visit_id", updatable = false)
  private Visit visit;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "enrolment_id", updatable = false)
  private Enrolment enrolment;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(name = "document_type", nullable = false, length = 2, updatable = false)
  private DocumentType type;

  @Column(name = "programme_version", nullable = false, length = 20)
  private String programmeVersion;

  @Column(nullable = false)
  private int revision;

  @Column(name = "documented_on", nullable = false)
  private LocalDate documentedOn;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 10)
  private DocumentationStatus status;

  @Column(name = "sent_on")
  private LocalDate sentOn;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "sent_by", length = 60)
  private String sentBy;

  /** The day of the last delivery before a correction that is to be sent again. */
  @Column(name = "previously_sent_on")
  private LocalDate previouslySentOn;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(
      name = "documentation_value",
      joinColumns = @JoinColumn(name = "documentation_id"))
  private List<DocumentationValue> values = new ArrayList<>();

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(
      name = "documentation_revision",
      joinColumns = @JoinColumn(name = "documentation_id"))
  @OrderBy("revision")
  private List<DocumentationRevision> revisions = new ArrayList<>();

  protected Documentation() {}

  public Documentation(
      Visit visit,
      Enrolment enrolment,
      DocumentType type,
      String programmeVersion,
      Map<String, String> values,
      DocumentationStatus status,
      Instant now,
      String recordedBy) {
    this.visit = visit;
    this.status = status;
    this.enrolment = enrolment;
    this.type = type;
    this.programmeVersion = programmeVersion;
    this.documentedOn = visit.getDate();
    this.createdAt = now;
    addRevision(1, values, now, recordedBy);
  }

  /** The documentation as it read at an earlier revision: a detached picture, only to be read. */
  private Documentation(Documentation current, DocumentationRevision earlier) {
    this.id = current.id;
    this.version = current.version;
    this.visit = current.visit;
    this.enrolment = current.enrolment;
    this.type = current.type;
    this.documentedOn = current.documentedOn;
    this.createdAt = current.createdAt;
    this.programmeVersion = earlier.getProgrammeVersion();
    this.revision = earlier.getRevision();
    this.status = earlier.getStatus();
    this.updatedAt = earlier.getRecordedAt();
    this.values = current.values.stream().filter(v -> v.getRevision() == revision).toList();
    this.revisions = List.of(earlier);
  }

  /**
   * Replaces the current values by a new, checked revision; the previous one stays in the history.
   * A draft becomes complete, a sent documentation is to be sent again (corrected after sending).
   */
  public void correct(
      String programmeVersion, Map<String, String> corrected, Instant now, String recordedBy) {
    this.programmeVersion = programmeVersion;
    if (status == DocumentationStatus.SENT) {
      previouslySentOn = sentOn;
    }
    status = DocumentationStatus.COMPLETE;
    sentOn = null;
    sentAt = null;
    sentBy = null;
    addRevision(revision + 1, corrected, now, recordedBy);
  }

  /** Replaces the day and values of a draft, unchecked; its visit moves to the day with it. */
  public void redraft(LocalDate day, Map<String, String> values, Instant now, String recordedBy) {
    if (status != DocumentationStatus.DRAFT) {
      throw new IllegalTransitionException("documentation.notDraft");
    }
    documentedOn = day;
    visit.moveTo(day);
    addRevision(revision + 1, values, now, recordedBy);
  }

  /** Records the delivery to the data office on a day, confirmed by a user at a moment. */
  public void markSent(LocalDate day, Instant now, String username) {
    if (status == DocumentationStatus.SENT) {
      throw new IllegalTransitionException("documentation.alreadySent", documentedOn, sentOn);
    }
    if (status != DocumentationStatus.COMPLETE) {
      throw new IllegalTransitionException("documentation.notComplete", status);
    }
    status = DocumentationStatus.SENT;
    sentOn = day;
    sentAt = now;
    sentBy = username;
    updatedAt = now;
  }

  /** The quarters this documentation covers, as long as the interval it documents. */
  public DocumentationPeriod period() {
    return DocumentationPeriod.of(documentedOn, currentValues(), enrolment.getInterval());
  }

  /**
   * The complete (or sent) documentation among the enrolment's that already covers a period, other
   * than the one with the id {@code except} (a draft being completed, a documentation being
   * corrected): one documentation per period, changes by correcting it.
   */
  public static Optional<Documentation> covering(
      EntityManager em, Enrolment enrolment, DocumentationPeriod period, Long except) {
    if (enrolment.getId() == null) {
      return Optional.empty();
    }
    return em.createNamedQuery(FIND_COUNTED_BY_ENROLMENT, Documentation.class)
        .setParameter("enrolmentId", enrolment.getId())
        .setParameter("draft", DocumentationStatus.DRAFT)
        .getResultStream()
        .filter(d -> !d.getId().equals(except) && d.period().overlaps(period))
        .findFirst();
  }

  /**
   * Why a second complete documentation in this one's period is refused: under the visit's date,
   * naming this one, which is to be corrected instead.
   */
  public FieldError coversPeriod() {
    return FieldError.ofVisit("date", "periodDocumented." + type, period(), documentedOn, id);
  }

  /**
   * Whether the documentation may be corrected on that day: a complete one until it is sent, a sent
   * one until the correction deadline, after which the data office takes no correction.
   */
  public boolean isCorrectable(LocalDate today) {
    return status == DocumentationStatus.COMPLETE
        || (status == DocumentationStatus.SENT && !today.isAfter(correctionDeadline()));
  }

  /** Refuses to correct a sent documentation after its correction deadline, saying so. */
  public void requireOpenForCorrection(LocalDate today) {
    if (status == DocumentationStatus.SENT && today.isAfter(correctionDeadline())) {
      throw new IllegalTransitionException(
          "documentation.correctionClosed", documentedOn, sentOn, correctionDeadline());
    }
  }

  /** Corrections of the documentation's quarter reach the data office until day 52 after it. */
  public LocalDate correctionDeadline() {
    return Quarter.of(documentedOn).correctionDeadline();
  }

  /** Complete again after a correction of a sent documentation: to be sent once more. */
  public boolean isCorrectedAfterSending() {
    return status == DocumentationStatus.COMPLETE && previouslySentOn != null;
  }

  /** How the revision shown here was recorded (an earlier one's picture holds only its own). */
  public DocumentationRevision currentRevision() {
    return revisions.stream().filter(r -> r.getRevision() == revision).findFirst().orElseThrow();
  }

  public boolean isDraft() {
    return status == DocumentationStatus.DRAFT;
  }

  /** The insurer receives complete documentations made while the patient's consent held. */
  public boolean isSharedWithInsurer() {
    return !isDraft() && enrolment.sharesWithInsurerOn(documentedOn);
  }

  /**
   * Every revision as it read, newest first: this documentation, then pictures of the earlier ones.
   * The revisions must have been loaded (they are lazy).
   */
  public List<Documentation> history() {
    List<Documentation> history = new ArrayList<>();
    history.add(this);
    revisions.stream()
        .filter(r -> r.getRevision() < revision)
        .sorted(Comparator.comparingInt(DocumentationRevision::getRevision).reversed())
        .forEach(r -> history.add(new Documentation(this, r)));
    return history;
  }

  private void addRevision(
      int number, Map<String, String> entered, Instant now, String recordedBy) {
    revision = number;
    updatedAt = now;
    revisions.add(
        new DocumentationRevision(
            number,
            programmeVersion,
            isDraft() ? DocumentationStatus.DRAFT : DocumentationStatus.COMPLETE,
            now,
            recordedBy));
    entered.forEach(
        (parameter, value) -> {
          if (value != null && !value.isBlank()) {
            values.add(new DocumentationValue(number, parameter, value.strip()));
          }
        });
  }

  /** The values of the current revision, by parameter code. */
  public Map<String, String> currentValues() {
    return valuesOf(revision);
  }

  public Map<String, String> valuesOf(int revisionNumber) {
    Map<String, String> current = new TreeMap<>();
    values.stream()
        .filter(v -> v.getRevision() == revisionNumber)
        .forEach(v -> current.put(v.getParameter(), v.getValue()));
    return current;
  }

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }

  public Enrolment getEnrolment() {
    return enrolment;
  }

  public Visit getVisit() {
    return visit;
  }

  public DocumentType getType() {
    return type;
  }

  public String getProgrammeVersion() {
    return programmeVersion;
  }

  public int getRevision() {
    return revision;
  }

  public DocumentationStatus getStatus() {
    return status;
  }

  public LocalDate getSentOn() {
    return sentOn;
  }

  /** When the delivery was confirmed; null for a delivery recorded before this was kept. */
  public Instant getSentAt() {
    return sentAt;
  }

  public String getSentBy() {
    return sentBy;
  }

  /** The day of the delivery a correction made void; null if it was never corrected after one. */
  public LocalDate getPreviouslySentOn() {
    return previouslySentOn;
  }

  public LocalDate getDocumentedOn() {
    return documentedOn;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
