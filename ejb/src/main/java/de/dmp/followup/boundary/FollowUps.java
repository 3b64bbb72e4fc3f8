package de.dmp.followup.boundary;

import de.dmp.enrolment.boundary.Enrolments;
import de.dmp.enrolment.entity.Enrolment;
import de.dmp.followup.entity.Appointment;
import de.dmp.followup.entity.AppointmentKind;
import de.dmp.followup.entity.AppointmentStatus;
import de.dmp.platform.boundary.NotFoundException;
import de.dmp.platform.boundary.Records;
import de.dmp.platform.entity.IllegalTransitionException;
import de.dmp.programme.boundary.Programmes;
import de.dmp.programme.entity.ProgrammeDefinition;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Scheduling control examinations and trainings, and recording how each follow-up went. */
@Stateless
public class FollowUps {

  @PersistenceContext private EntityManager em;
  @Inject private Enrolments enrolments;
  @Inject private Programmes programmes;
  @Inject private Clock clock;

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
        enrolment, AppointmentKind.EXAMINATION, examination.code(), examination.label(), dueOn);
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
    return plan(enrolment, AppointmentKind.TRAINING, training.code(), training.label(), dueOn);
  }

  public Appointment book(long appointmentId, @NotNull LocalDateTime at) {
    Appointment appointment = appointment(appointmentId);
    appointment.book(at, clock.instant());
    return appointment;
  }

  public Appointment markDone(long appointmentId) {
    Appointment appointment = appointment(appointmentId);
    appointment.markDone(clock.instant());
    return appointment;
  }

  public Appointment markMissed(long appointmentId) {
    Appointment appointment = appointment(appointmentId);
    appointment.markMissed(clock.instant());
    return appointment;
  }

  public Appointment cancel(long appointmentId) {
    Appointment appointment = appointment(appointmentId);
    appointment.cancel(clock.instant());
    return appointment;
  }

  public List<Appointment> forEnrolment(long enrolmentId) {
    return em.createNamedQuery(Appointment.FIND_BY_ENROLMENT, Appointment.class)
        .setParameter("enrolmentId", enrolmentId)
        .getResultList();
  }

  /** The practice's follow-ups in a state, e.g. MISSED ones to arrange again. */
  public List<Appointment> forPractice(long practiceId, @NotNull AppointmentStatus status) {
    return em.createNamedQuery(Appointment.FIND_BY_PRACTICE_AND_STATUS, Appointment.class)
        .setParameter("practiceId", practiceId)
        .setParameter("status", status)
        .getResultList();
  }

  private Appointment plan(
      Enrolment enrolment, AppointmentKind kind, String code, String label, LocalDate dueOn) {
    var appointment = new Appointment(enrolment, kind, code, label, dueOn, clock.instant());
    em.persist(appointment);
    return appointment;
  }

  private Enrolment openEnrolment(long enrolmentId) {
    Enrolment enrolment = enrolments.enrolment(enrolmentId);
    if (!enrolment.isOpen()) {
      throw new IllegalTransitionException(
          "The enrolment is " + enrolment.getStatus() + "; nothing more can be planned for it.");
    }
    return enrolment;
  }

  private ProgrammeDefinition programme(Enrolment enrolment) {
    return programmes.version(enrolment.getProgrammeCode(), enrolment.getProgrammeVersion());
  }

  private Appointment appointment(long id) {
    return Records.require(em, Appointment.class, id, "follow-up");
  }
}
