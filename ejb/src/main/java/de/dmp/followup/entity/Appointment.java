package de.dmp.followup.entity;

import de.dmp.enrolment.entity.Enrolment;
import de.dmp.platform.entity.IllegalTransitionException;
import de.dmp.platform.time.ClockProducer;
import de.dmp.platform.time.Quarter;
import de.dmp.practice.entity.Practice;
import de.dmp.programme.entity.English;
import de.dmp.rules.entity.Wording;
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
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A follow-up of an enrolment: the next documentation, an examination or a training. */
@Entity
@Table(name = "appointment")
@NamedQuery(
    name = Appointment.FIND_BY_ENROLMENT,
    query =
        "select a from Appointment a where a.enrolment.id = :enrolmentId order by a.dueOn, a.id")
@NamedQuery(
    name = Appointment.FIND_BY_PRACTICE_AND_STATUS,
    query =
        "select a from Appointment a"
            + " where a.practice.id = :practiceId and a.status = :status order by a.dueOn, a.id")
@NamedQuery(
    name = Appointment.DAYS_BY_ENROLMENT_KIND_AND_STATUS,
    query =
        "select a.dueOn from Appointment a where a.enrolment.id = :enrolmentId"
            + " and a.kind = :kind and a.status = :status order by a.dueOn")
@NamedQuery(
    name = Appointment.FIND_TO_ARRANGE,
    query =
        "select a, e, p from Appointment a join a.enrolment e join e.patient p"
            + " where a.practice.id = :practiceId and a.status = :status and a.dueOn <= :until"
            + " and e.status in :openEnrolments order by a.dueOn, a.id")
@NamedQuery(
    name = Appointment.FIND_BY_PATIENT_AND_PRACTICE,
    query =
        "select a from Appointment a join fetch a.enrolment"
            + " where a.enrolment.patient.id = :patientId and a.practice.id = :practiceId"
            + " order by a.dueOn, a.id")
@NamedQuery(
    name = Appointment.FIND_SCHEDULED_BETWEEN,
    query =
        "select a, e, p from Appointment a join a.enrolment e join e.patient p"
            + " where a.practice.id = :practiceId and a.scheduledAt >= :from"
            + " and a.scheduledAt < :until and a.status <> :cancelled order by a.scheduledAt, a.id")
@NamedQuery(
    name = Appointment.FIND_WITH_ENROLMENT,
    query =
        "select a from Appointment a join fetch a.enrolment left join fetch a.earlierTimes"
            + " where a.id = :id")
public class Appointment {

  public static final String DOCUMENTATION_CODE = "follow-up-documentation";

  /** A patient's follow-ups at one practice, with their enrolment for callers outside. */
  public static final String FIND_BY_PATIENT_AND_PRACTICE = "Appointment.findByPatientAndPractice";

  /** One follow-up with its enrolment and earlier times, for callers outside the transaction. */
  public static final String FIND_WITH_ENROLMENT = "Appointment.findWithEnrolment";

  public static final String FIND_SCHEDULED_BETWEEN = "Appointment.findScheduledBetween";

  /** Rows of the appointment with its enrolment and patient, loaded in one query. */
  public static final String FIND_TO_ARRANGE = "Appointment.findToArrange";

  public static final String DAYS_BY_ENROLMENT_KIND_AND_STATUS =
      "Appointment.daysByEnrolmentKindAndStatus";

  public static final String FIND_BY_ENROLMENT = "Appointment.findByEnrolment";
  public static final String FIND_BY_PRACTICE_AND_STATUS = "Appointment.findByPracticeAndStatus";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Version private long version;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "enrolment_id", updatable = false)
  private Enrolment enrolment;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "practice_id", updatable = false)
  private Practice practice;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 16, updatable = false)
  private AppointmentKind kind;

  @Column(nullable = false, length = 60, updatable = false)
  private String code;

  @Column(nullable = false, length = 200)
  private String label;

  /** The English label where there is one (the definition's), for English readers. */
  @Column(name = "label_en", length = 200)
  private String labelEn;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(name = "scheduled_at")
  private LocalDateTime scheduledAt;

  @Enumerated(EnumType.STRING)
  @JdbcTypeCode(SqlTypes.VARCHAR)
  @Column(nullable = false, length = 12)
  private AppointmentStatus status;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(
      name = "appointment_earlier_time",
      joinColumns = @JoinColumn(name = "appointment_id"))
  @OrderBy("movedAt")
  @BatchSize(size = 100)
  private List<EarlierTime> earlierTimes = new ArrayList<>();

  protected Appointment() {}

  public Appointment(
      Enrolment enrolment,
      AppointmentKind kind,
      String code,
      String label,
      String labelEn,
      LocalDate dueOn,
      Instant now) {
    this.enrolment = enrolment;
    this.practice = enrolment.getPractice();
    this.kind = kind;
    this.code = code;
    this.label = label;
    this.labelEn = labelEn;
    this.dueOn = dueOn;
    this.status = AppointmentStatus.PLANNED;
    this.updatedAt = now;
  }

  /**
   * The documentation an enrolment owes next, due on the day given: the initial one, or the
   * follow-up documentation of that day's quarter.
   */
  public static Appointment documentation(Enrolment enrolment, LocalDate dueOn, Instant now) {
    Wording label = Wording.documentation(!enrolment.hasInitialDocumentation(), Quarter.of(dueOn));
    return new Appointment(
        enrolment,
        AppointmentKind.DOCUMENTATION,
        DOCUMENTATION_CODE,
        label.in(Locale.GERMAN),
        label.in(Locale.ENGLISH),
        dueOn,
        now);
  }

  /**
   * A documentation follow-up still unbooked when its quarter is over becomes the documentation of
   * the quarter of {@code today}, due today: a visit now gives that quarter's documentation, the
   * past quarter's can only be written for a visit that took place in it. Any other follow-up stays
   * as it is.
   */
  public void moveOnTo(LocalDate today, Instant now) {
    Quarter current = Quarter.of(today);
    if (kind == AppointmentKind.DOCUMENTATION
        && status == AppointmentStatus.PLANNED
        && current.isAfter(Quarter.of(dueOn))) {
      Wording documentation = Wording.documentation(!enrolment.hasInitialDocumentation(), current);
      label = documentation.in(Locale.GERMAN);
      labelEn = documentation.in(Locale.ENGLISH);
      dueOn = today;
      updatedAt = now;
    }
  }

  /** Whether this follow-up is still to be kept, for that kind and code. */
  public boolean isOpenFor(AppointmentKind kind, String code) {
    return status.isOpen() && this.kind == kind && this.code.equals(code);
  }

  /**
   * Agrees a date and time (Berlin local time) with the patient, or moves the agreed one, which is
   * kept as an earlier time; the time it is booked for already changes nothing. A time already past
   * is refused, unless the booking is recorded afterwards (Nachtrag) for a follow-up that took
   * place then.
   */
  public void book(LocalDateTime at, boolean afterwards, Instant now) {
    if (status == AppointmentStatus.BOOKED && at.equals(scheduledAt)) {
      return;
    }
    if (!afterwards && isPast(at, now)) {
      throw new IllegalTransitionException("followUp.inThePast");
    }
    moveTo(AppointmentStatus.BOOKED, now);
    if (scheduledAt != null) {
      earlierTimes.add(new EarlierTime(scheduledAt, now));
    }
    scheduledAt = at;
  }

  public void markDone(Instant now) {
    requireStarted(now);
    moveTo(AppointmentStatus.DONE, now);
  }

  public void markMissed(Instant now) {
    requireStarted(now);
    moveTo(AppointmentStatus.MISSED, now);
  }

  /**
   * Done because the documentation it stands for was recorded: a fact, whenever the follow-up was
   * booked for.
   */
  public void documented(Instant now) {
    moveTo(AppointmentStatus.DONE, now);
  }

  /**
   * How a follow-up went can be told only once it has begun: a booked one from its time on, one
   * planned but not booked from its due day on (it may take place any time that day).
   */
  private void requireStarted(Instant now) {
    if (scheduledAt != null && !hasBegun(scheduledAt, now)) {
      throw new IllegalTransitionException("followUp.notYetStarted");
    }
    if (scheduledAt == null && berlin(now).toLocalDate().isBefore(dueOn)) {
      throw new IllegalTransitionException("followUp.notYetDue", dueOn);
    }
  }

  /** Whether a time (Berlin local time) has passed: booked only as a record afterwards. */
  public static boolean isPast(LocalDateTime at, Instant now) {
    return at.isBefore(berlin(now));
  }

  /**
   * Whether a follow-up booked for that time (Berlin local time) has begun, so that it can be
   * marked done or missed.
   */
  public static boolean hasBegun(LocalDateTime scheduledAt, Instant now) {
    return !berlin(now).isBefore(scheduledAt);
  }

  /**
   * The same follow-up to arrange anew once this one was missed: due from its due day if that has
   * passed, else from today, so that it is back on the recall list at once.
   */
  public Appointment again(Instant now) {
    LocalDate today = berlin(now).toLocalDate();
    return new Appointment(
        enrolment, kind, code, label, labelEn, dueOn.isBefore(today) ? dueOn : today, now);
  }

  private static LocalDateTime berlin(Instant now) {
    return LocalDateTime.ofInstant(now, ClockProducer.BERLIN);
  }

  public void cancel(Instant now) {
    moveTo(AppointmentStatus.CANCELLED, now);
  }

  private void moveTo(AppointmentStatus next, Instant now) {
    if (!status.next().contains(next)) {
      throw new IllegalTransitionException("followUp.transition", status, next);
    }
    status = next;
    updatedAt = now;
  }

  /**
   * When the follow-up takes or took place: the booked time; for one marked done or missed without
   * a booking, the time it was marked; none while it is only planned, or cancelled unbooked.
   */
  public Optional<LocalDateTime> startsAt() {
    if (scheduledAt != null) {
      return Optional.of(scheduledAt);
    }
    boolean happened = status == AppointmentStatus.DONE || status == AppointmentStatus.MISSED;
    return happened ? Optional.of(berlin(updatedAt)) : Optional.empty();
  }

  /** The end of its slot in the calendar, see {@link AppointmentKind#slot()}. */
  public Optional<LocalDateTime> endsAt() {
    return startsAt().map(start -> start.plus(kind.slot()));
  }

  public boolean isOverdue(LocalDate today) {
    return status.isOpen() && dueOn.isBefore(today);
  }

  public Long getId() {
    return id;
  }

  public Enrolment getEnrolment() {
    return enrolment;
  }

  public AppointmentKind getKind() {
    return kind;
  }

  public String getCode() {
    return code;
  }

  public String getLabel() {
    return label;
  }

  public String getLabelEn() {
    return labelEn;
  }

  /** The label for a reader of the locale: the English one for English readers where given. */
  public String label(Locale locale) {
    return English.choose(label, labelEn, locale);
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public LocalDateTime getScheduledAt() {
    return scheduledAt;
  }

  /** The times it was booked for before it was moved, the first first. */
  public List<EarlierTime> getEarlierTimes() {
    return List.copyOf(earlierTimes);
  }

  public AppointmentStatus getStatus() {
    return status;
  }

  public long getVersion() {
    return version;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
