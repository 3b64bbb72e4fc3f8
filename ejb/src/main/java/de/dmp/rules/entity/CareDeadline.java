package de.dmp.rules.entity;

import de.dmp.enrolment.entity.Enrolment;
import de.dmp.patient.entity.Patient;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.Column;
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
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A {@link Deadline} stored for an enrolment's practice, so that worklists are indexed queries on
 * the dates. Replaced whenever the enrolment's facts change.
 */
@Entity
@Table(name = "care_deadline")
@NamedQuery(
    name = CareDeadline.DELETE_BY_ENROLMENT,
    query = "delete from CareDeadline d where d.enrolmentId = :enrolmentId")
@NamedQuery(
    name = CareDeadline.FIND_BY_PRACTICE_KIND_DUE,
    query =
        "select d from CareDeadline d join fetch d.patient where d.practiceId = :practiceId"
            + " and d.kind = :kind and d.dueFrom <= :until")
@NamedQuery(
    name = CareDeadline.COUNT_UNDOCUMENTED,
    query =
        "select count(d) from CareDeadline d where d.practiceId = :practiceId and d.kind = :kind"
            + " and d.dueFrom <= :to and not exists (select x.id from Documentation x"
            + " where x.enrolment.id = d.enrolmentId and x.documentedOn between :from and :to)")
@NamedQuery(
    name = CareDeadline.FIND_ENROLMENTS_WITHOUT,
    query =
        "select e from Enrolment e where e.status in :open and not exists"
            + " (select d.id from CareDeadline d where d.enrolmentId = e.id) order by e.id")
public class CareDeadline {

  /** The practice's deadlines of a kind due by a day with no documentation between two days. */
  public static final String COUNT_UNDOCUMENTED = "CareDeadline.countUndocumented";

  /**
   * Open enrolments without stored deadlines: every open enrolment has at least its documentation
   * deadline, so these were never computed or were removed by a migration (V21).
   */
  public static final String FIND_ENROLMENTS_WITHOUT = "CareDeadline.findEnrolmentsWithout";

  public static final String FIND_BY_PRACTICE_KIND_DUE = "CareDeadline.findByPracticeKindDue";

  public static final String DELETE_BY_ENROLMENT = "CareDeadline.deleteByEnrolment";

  private static final Jsonb JSONB = JsonbBuilder.create();

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "enrolment_id", nullable = false)
  private long enrolmentId;

  @Column(name = "practice_id", nullable = false)
  private long practiceId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "patient_id")
  private Patient patient;

  @Column(name = "programme_code", nullable = false, length = 20)
  private String programmeCode;

  @Column(name = "rule_id", nullable = false, length = 80)
  private String ruleId;

  @Column(name = "rule_version", nullable = false, length = 20)
  private String ruleVersion;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 16)
  private RuleKind kind;

  @Column(nullable = false, length = 60)
  private String subject;

  @Column(name = "due_from")
  private LocalDate dueFrom;

  @Column(name = "overdue_from")
  private LocalDate overdueFrom;

  @Column(name = "warning_from")
  private LocalDate warningFrom;

  @Column(name = "exclusion_from")
  private LocalDate exclusionFrom;

  @Column(name = "expires_on")
  private LocalDate expiresOn;

  @Column(name = "exclusion_effective_on")
  private LocalDate exclusionEffectiveOn;

  /**
   * The label, facts and sentences, as JSON: keys with their arguments ({@link Wording}), read only
   * with the deadline, never queried.
   */
  @Column(nullable = false, length = 8000)
  private String details;

  @Column(name = "evaluated_on", nullable = false)
  private LocalDate evaluatedOn;

  protected CareDeadline() {}

  public CareDeadline(Enrolment enrolment, Deadline deadline, LocalDate evaluatedOn) {
    this.enrolmentId = enrolment.getId();
    this.practiceId = enrolment.getPractice().getId();
    this.patient = enrolment.getPatient();
    this.programmeCode = enrolment.getProgrammeCode();
    this.ruleId = deadline.ruleId();
    this.ruleVersion = deadline.ruleVersion();
    this.kind = deadline.kind();
    this.subject = deadline.subject();
    this.dueFrom = deadline.dueFrom();
    this.overdueFrom = deadline.overdueFrom();
    this.warningFrom = deadline.warningFrom();
    this.exclusionFrom = deadline.exclusionFrom();
    this.expiresOn = deadline.expiresOn();
    this.exclusionEffectiveOn = deadline.exclusionEffectiveOn();
    this.details = details(deadline);
    this.evaluatedOn = evaluatedOn;
  }

  public Deadline toDeadline() {
    Details stored = JSONB.fromJson(details, Details.class);
    Map<VerdictStatus, Wording> sentences = new EnumMap<>(VerdictStatus.class);
    stored
        .sentences()
        .forEach((status, wording) -> sentences.put(VerdictStatus.valueOf(status), wording));
    return new Deadline(
        ruleId,
        ruleVersion,
        kind,
        subject,
        stored.label(),
        dueFrom,
        overdueFrom,
        warningFrom,
        exclusionFrom,
        expiresOn,
        exclusionEffectiveOn,
        stored.facts(),
        sentences);
  }

  /** The stored form of what a deadline says beyond its dates, also for bulk loads. */
  public static String details(Deadline deadline) {
    return JSONB.toJson(Details.of(deadline));
  }

  /** What a deadline says beyond its dates. */
  public record Details(Wording label, List<Fact> facts, Map<String, Wording> sentences) {
    static Details of(Deadline deadline) {
      Map<String, Wording> sentences = new TreeMap<>();
      deadline.sentences().forEach((status, wording) -> sentences.put(status.name(), wording));
      return new Details(deadline.label(), deadline.facts(), sentences);
    }
  }

  public long getEnrolmentId() {
    return enrolmentId;
  }

  public Patient getPatient() {
    return patient;
  }

  public LocalDate getDueFrom() {
    return dueFrom;
  }

  public String getProgrammeCode() {
    return programmeCode;
  }
}
