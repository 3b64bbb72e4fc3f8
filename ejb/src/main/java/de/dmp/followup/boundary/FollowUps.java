package de.dmp.followup.boundary;

import de.dmp.audit.control.AuditTrail;
import de.dmp.audit.entity.AuditAction;
import de.dmp.enrolment.entity.Enrolment;
import de.dmp.enrolment.entity.EnrolmentChanged;
import de.dmp.followup.entity.Appointment;
import de.dmp.followup.entity.AppointmentKind;
import de.dmp.followup.entity.AppointmentStatus;
import de.dmp.identity.entity.Caller;
import de.dmp.patient.entity.Patient;
import de.dmp.platform.boundary.NotFoundException;
import de.dmp.platform.boundary.Records;
import de.dmp.platform.entity.IllegalTransitionException;
import de.dmp.programme.boundary.Programmes;
import de.dmp.programme.entity.ProgrammeDefinition;
import de.dmp.security.control.AccessPolicy;
import de.dmp.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Scheduling control examinations and trainings, and recording how each follow-up went. */
@Stateless
@RolesAllowed({Role.DOCTOR_NAME, Role.STAFF_NAME})
public class FollowUps {

  private static final String RESOURCE = "Appointment";

  @PersistenceContext private EntityManager em;
  @Inject private AccessPolicy access;
  @Inject private AuditTrail audit;
  @Inject private Programmes programmes;
  @Inject private Clock clock;
  @Inject private Event<EnrolmentChanged> changed;

  /** Plans one of the programme's control examinations, e.g. "foot-inspection". */
  public Appointment planExamination(
      long enrolmentId, @NotBlank String examinationCode, @NotNull LocalDate dueOn) {
    Enrolment enrolment = openEnrolment(enrolmentId);
    var examination =
        programme(enrolment)
            .examination(examinationCode)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "examination of " + enrolment.getProgrammeCode(), examinationCode));
    return plan(
        enrolment,
        AppointmentKind.EXAMINATION,
        examination.code(),
        examination.label(),
        examination.labelEn(),
        dueOn);
  }

  /** Plans one of the programme's trainings, e.g. "diabetes-training". */
  public Appointment planTraining(
      long enrolmentId, @NotBlank String trainingCode, @NotNull LocalDate dueOn) {
    Enrolment enrolment = openEnrolment(enrolmentId);
    var training =
        programme(enrolment).trainings().stream()
            .filter(t -> t.code().equals(trainingCode))
            .findFirst()
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "training of " + enrolment.getProgrammeCode(), trainingCode));
    return plan(
        enrolment,
        AppointmentKind.TRAINING,
        training.code(),
        training.label(),
        training.labelEn(),
        dueOn);
  }

  /**
   * The documentation follow-up of an enrolment to arrange with the patient: the open one, or one
   * planned now, due on the day given (today when none is given); one of a quarter that is over is
   * the current quarter's documentation, due today ({@link Appointment#moveOnTo}).
   */
  public Appointment documentationToArrange(long enrolmentId, LocalDate dueOn) {
    Enrolment enrolment = openEnrolment(enrolmentId);
    LocalDate today = LocalDate.now(clock);
    Appointment followUp =
        open(enrolment, AppointmentKind.DOCUMENTATION, Appointment.DOCUMENTATION_CODE)
            .orElseGet(
                () ->
                    planned(
                        Appointment.documentation(enrolment, dayOrToday(dueOn), clock.instant())));
    followUp.moveOnTo(today, clock.instant());
    return followUp;
  }

  /**
   * The follow-up of one control examination to arrange with the patient: the open one, or one
   * planned now, due on the day given (today when none is given).
   */
  public Appointment examinationToArrange(
      long enrolmentId, @NotBlank String examinationCode, LocalDate dueOn) {
    Enrolment enrolment = openEnrolment(enrolmentId);
    return open(enrolment, AppointmentKind.EXAMINATION, examinationCode)
        .orElseGet(() -> planExamination(enrolmentId, examinationCode, dayOrToday(dueOn)));
  }

  private Optional<Appointment> open(Enrolment enrolment, AppointmentKind kind, String code) {
    return em.createNamedQuery(Appointment.FIND_BY_ENROLMENT, Appointment.class)
        .setParameter("enrolmentId", enrolment.getId())
        .getResultStream()
        .filter(a -> a.isOpenFor(kind, code))
        .findFirst();
  }

  private LocalDate dayOrToday(LocalDate day) {
    return day != null ? day : LocalDate.now(clock);
  }

  /**
   * Books a time for a follow-up, or moves its booked time; {@code afterwards} when the booking is
   * recorded after the follow-up took place (Nachtrag), the only way to a time already past.
   */
  public Appointment book(long appointmentId, @NotNull LocalDateTime at, boolean afterwards) {
    return change(
        appointmentId,
        afterwards ? "book afterwards" : "book",
        a -> a.book(at, afterwards, clock.instant()));
  }

  public Appointment markDone(long appointmentId) {
    return change(appointmentId, "mark done", a -> a.markDone(clock.instant()));
  }

  /**
   * Marks a follow-up missed, a fact the rules read for trainings; the same follow-up is then to
   * arrange again ({@link Appointment#again}) while the enrolment is open, unless one is already.
   */
  public Appointment markMissed(long appointmentId) {
    Appointment missed = change(appointmentId, "mark missed", a -> a.markMissed(clock.instant()));
    if (missed.getEnrolment().isOpen()) {
      arrangeAgain(missed);
    }
    return missed;
  }

  /**
   * The follow-up to arrange in place of a missed one: the open one of its kind and code, or one
   * planned now.
   */
  public Appointment toArrangeAgain(long missedId) {
    Appointment missed = Records.require(em, Appointment.class, missedId, "follow-up");
    openEnrolment(missed.getEnrolment().getId());
    return arrangeAgain(missed);
  }

  private Appointment arrangeAgain(Appointment missed) {
    return open(missed.getEnrolment(), missed.getKind(), missed.getCode())
        .orElseGet(() -> planned(missed.again(clock.instant())));
  }

  public Appointment cancel(long appointmentId) {
    return change(appointmentId, "cancel", a -> a.cancel(clock.instant()));
  }

  /** One follow-up of the caller's practice. */
  public Appointment followUp(long appointmentId) {
    Appointment appointment =
        em.createNamedQuery(Appointment.FIND_WITH_ENROLMENT, Appointment.class)
            .setParameter("id", appointmentId)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("follow-up", appointmentId));
    long patientId = appointment.getEnrolment().getPatient().getId();
    Caller caller =
        access.requireEnrolment(
            appointment.getEnrolment(), false, "read follow-up " + appointmentId);
    audit.record(caller, AuditAction.READ, RESOURCE, appointmentId, patientId, null);
    return appointment;
  }

  /** All follow-ups of a patient at the caller's practice, by the day they are due. */
  public List<Appointment> forPatient(long patientId) {
    Caller caller = access.requirePatient(patientId, "read the follow-ups of patient " + patientId);
    List<Appointment> found =
        em.createNamedQuery(Appointment.FIND_BY_PATIENT_AND_PRACTICE, Appointment.class)
            .setParameter("patientId", patientId)
            .setParameter("practiceId", caller.practiceId())
            .getResultList();
    audit.record(caller, AuditAction.SEARCH, RESOURCE, null, patientId, found.size() + " results");
    return found;
  }

  public List<Appointment> forEnrolment(long enrolmentId) {
    Enrolment enrolment = Records.require(em, Enrolment.class, enrolmentId, "enrolment");
    Caller caller =
        access.requireEnrolment(
            enrolment, false, "read the follow-ups of enrolment " + enrolmentId);
    audit.record(caller, AuditAction.SEARCH, RESOURCE, null, enrolment.getPatient().getId(), null);
    return em.createNamedQuery(Appointment.FIND_BY_ENROLMENT, Appointment.class)
        .setParameter("enrolmentId", enrolmentId)
        .getResultList();
  }

  /** The practice's booked follow-ups from one time to another, for its calendar. */
  public List<CalendarEntry> calendar(
      long practiceId, @NotNull LocalDateTime from, @NotNull LocalDateTime until) {
    Caller caller =
        access.requirePractice(
            practiceId, RESOURCE, null, null, "read the calendar of practice " + practiceId);
    List<CalendarEntry> entries =
        em
            .createNamedQuery(Appointment.FIND_SCHEDULED_BETWEEN, Object[].class)
            .setParameter("practiceId", practiceId)
            .setParameter("from", from)
            .setParameter("until", until)
            .setParameter("cancelled", AppointmentStatus.CANCELLED)
            .getResultList()
            .stream()
            .map(row -> new CalendarEntry((Appointment) row[0], (Patient) row[2]))
            .toList();
    audit.record(
        caller,
        AuditAction.SEARCH,
        RESOURCE,
        null,
        null,
        "calendar of practice " + practiceId + " from " + from + " until " + until);
    return entries;
  }

  /** The practice's follow-ups in a state, e.g. MISSED ones to arrange again. */
  public List<Appointment> forPractice(long practiceId, @NotNull AppointmentStatus status) {
    Caller caller =
        access.requirePractice(
            practiceId, RESOURCE, null, null, "read the follow-ups of practice " + practiceId);
    audit.record(
        caller, AuditAction.SEARCH, RESOURCE, null, null, "practice " + practiceId + ", " + status);
    return em.createNamedQuery(Appointment.FIND_BY_PRACTICE_AND_STATUS, Appointment.class)
        .setParameter("practiceId", practiceId)
        .setParameter("status", status)
        .getResultList();
  }

  private Appointment plan(
      Enrolment enrolment,
      AppointmentKind kind,
      String code,
      String label,
      String labelEn,
      LocalDate dueOn) {
    return planned(new Appointment(enrolment, kind, code, label, labelEn, dueOn, clock.instant()));
  }

  private Appointment planned(Appointment appointment) {
    Enrolment enrolment = appointment.getEnrolment();
    em.persist(appointment);
    audit.record(
        access.caller(),
        AuditAction.CREATE,
        RESOURCE,
        appointment.getId(),
        enrolment.getPatient().getId(),
        appointment.getCode());
    return appointment;
  }

  private Enrolment openEnrolment(long enrolmentId) {
    Enrolment enrolment = Records.require(em, Enrolment.class, enrolmentId, "enrolment");
    access.requireEnrolment(enrolment, true, "plan a follow-up for enrolment " + enrolmentId);
    if (!enrolment.isOpen()) {
      throw new IllegalTransitionException("followUp.enrolmentClosed", enrolment.getStatus());
    }
    return enrolment;
  }

  private ProgrammeDefinition programme(Enrolment enrolment) {
    return programmes.version(enrolment.getProgrammeCode(), enrolment.getProgrammeVersion());
  }

  /**
   * Changes a follow-up of the caller's practice; a training's outcome is a fact the rules read.
   */
  private Appointment change(long id, String what, Consumer<Appointment> change) {
    Appointment appointment = Records.require(em, Appointment.class, id, "follow-up");
    Enrolment enrolment = appointment.getEnrolment();
    Caller caller = access.requireEnrolment(enrolment, true, what + " follow-up " + id);
    audit.record(caller, AuditAction.UPDATE, RESOURCE, id, enrolment.getPatient().getId(), what);
    change.accept(appointment);
    if (appointment.getKind() == AppointmentKind.TRAINING) {
      changed.fire(new EnrolmentChanged(enrolment));
    }
    return appointment;
  }
}
