package de.dmp.enrolment.boundary;

import de.dmp.audit.control.AuditTrail;
import de.dmp.audit.entity.AuditAction;
import de.dmp.enrolment.entity.DmpCase;
import de.dmp.enrolment.entity.EndReason;
import de.dmp.enrolment.entity.Enrolment;
import de.dmp.enrolment.entity.EnrolmentChanged;
import de.dmp.enrolment.entity.EnrolmentStatus;
import de.dmp.identity.entity.Caller;
import de.dmp.patient.boundary.Patients;
import de.dmp.patient.entity.Patient;
import de.dmp.platform.boundary.NotFoundException;
import de.dmp.platform.boundary.Records;
import de.dmp.practice.boundary.Practices;
import de.dmp.practice.entity.Practice;
import de.dmp.programme.boundary.Programmes;
import de.dmp.programme.entity.Diagnosis;
import de.dmp.programme.entity.ProgrammeDefinition;
import de.dmp.security.control.AccessPolicy;
import de.dmp.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** Enrolling patients in programmes, and every change of an enrolment's state. */
@Stateless
@RolesAllowed(Role.DOCTOR_NAME)
public class Enrolments {

  private static final String RESOURCE = "Enrolment";

  @PersistenceContext private EntityManager em;
  @Inject private Patients patients;
  @Inject private Practices practices;
  @Inject private Programmes programmes;
  @Inject private Clock clock;
  @Inject private AccessPolicy access;
  @Inject private AuditTrail audit;
  @Inject private Event<EnrolmentChanged> changed;

  /**
   * Enrols a patient: the programme's diagnosis, no open enrolment in the same or an excluded
   * programme, and on re-enrolment the same case number as before.
   */
  public Enrolment enrol(@NotNull @Valid EnrolmentRequest request) {
    Caller caller =
        access.requirePractice(
            request.practiceId(), RESOURCE, null, request.patientId(), "enrol at another practice");
    Patient patient = patients.patient(request.patientId());
    Practice practice = practices.practice(request.practiceId());
    ProgrammeDefinition programme =
        programmes.current(request.programmeCode(), request.startedOn());
    List<Enrolment> existing = allOf(patient.getId());
    refuseUnlessEligible(patient, programme, request, existing);
    var enrolment =
        new Enrolment(
            patient,
            practice,
            dmpCase(patient, practice),
            programme,
            new Enrolment.Diagnosis(request.diagnosisCode(), request.diagnosisDate()),
            request.interval(),
            request.startedOn(),
            now());
    if (request.consentSignedOn() != null) {
      enrolment.recordConsent(request.consentSignedOn(), now());
    }
    em.persist(enrolment);
    audit.record(
        caller, AuditAction.CREATE, RESOURCE, enrolment.getId(), patient.getId(), programme.code());
    return changed(enrolment);
  }

  /**
   * Ends the enrolment in a programme that excludes the requested one and enrols in the requested
   * programme, in one step: both happen or neither.
   */
  public Enrolment switchProgramme(
      long conflictingEnrolmentId, @NotNull @Valid EnrolmentRequest request) {
    Enrolment old = writable(conflictingEnrolmentId, "switch the programme of enrolment");
    old.transitionTo(
        EnrolmentStatus.ENDED,
        request.startedOn(),
        "Wechsel nach " + request.programmeCode(),
        now());
    changed(old);
    em.flush();
    return enrol(request);
  }

  public Enrolment recordConsent(
      long enrolmentId,
      @NotNull(message = "{dmp.enrolment.consent.signedOn.required}")
          @PastOrPresent(message = "{dmp.enrolment.consent.signedOn.past}")
          LocalDate signedOn) {
    Enrolment enrolment = writable(enrolmentId, "record the consent of enrolment");
    enrolment.recordConsent(signedOn, now());
    return changed(enrolment);
  }

  /**
   * Suspends (pauses), resumes, ends or excludes, effective on a day that may lie in the past. A
   * pause is the practice's note of why the patient does not come for a while (SUSPENDED): the DMP
   * rules know no pause, so the enrolment still takes part and its deadlines run on.
   */
  public Enrolment changeStatus(
      long enrolmentId,
      @NotNull EnrolmentStatus next,
      @NotNull @PastOrPresent(message = "{dmp.enrolment.change.past}") LocalDate effectiveOn,
      @NotBlank(message = "{dmp.enrolment.reason.required}") String reason) {
    Enrolment enrolment = writable(enrolmentId, "change the status of enrolment");
    enrolment.transitionTo(next, effectiveOn, reason, now());
    return changed(enrolment);
  }

  /**
   * Resumes a paused enrolment. The pause is the practice's note only: the programme knows none, so
   * the deadlines ran on meanwhile and nothing else changes.
   */
  public Enrolment resume(
      long enrolmentId,
      @NotNull @PastOrPresent(message = "{dmp.enrolment.change.past}") LocalDate effectiveOn) {
    return changeStatus(
        enrolmentId, EnrolmentStatus.ACTIVE, effectiveOn, "Fortsetzung nach der Pause");
  }

  /** Ends the enrolment (Ausschreibung) for one of the reasons a practice gives, on a past day. */
  public Enrolment end(
      long enrolmentId,
      @NotNull(message = "{dmp.enrolment.endReason.required}") EndReason reason,
      @NotNull @PastOrPresent(message = "{dmp.enrolment.change.past}") LocalDate effectiveOn,
      @Size(max = 400, message = "{dmp.enrolment.endNote.size}") String note) {
    return changeStatus(enrolmentId, EnrolmentStatus.ENDED, effectiveOn, reason.recorded(note));
  }

  /**
   * Records that the patient withdrew the consent: the enrolment ends on that day, and from then on
   * no data of it flows to the insurer.
   */
  public Enrolment withdrawConsent(
      long enrolmentId,
      @NotNull(message = "{dmp.enrolment.withdrawal.required}")
          @PastOrPresent(message = "{dmp.enrolment.withdrawal.past}")
          LocalDate withdrawnOn) {
    Enrolment enrolment = writable(enrolmentId, "record a consent withdrawal for enrolment");
    enrolment.withdrawConsent(withdrawnOn, now());
    return changed(enrolment);
  }

  /** Tells the rules that what they read about the enrolment changed. */
  private Enrolment changed(Enrolment enrolment) {
    changed.fire(new EnrolmentChanged(enrolment));
    return enrolment;
  }

  private Enrolment writable(long id, String what) {
    Enrolment enrolment = Records.require(em, Enrolment.class, id, "enrolment");
    Caller caller = access.requireEnrolment(enrolment, true, what + " " + id);
    audit.record(caller, AuditAction.UPDATE, RESOURCE, id, enrolment.getPatient().getId(), what);
    return enrolment;
  }

  @RolesAllowed({Role.DOCTOR_NAME, Role.STAFF_NAME, Role.INSURER_NAME})
  public Enrolment enrolment(long id) {
    Enrolment enrolment =
        em.createNamedQuery(Enrolment.FIND_WITH_PRACTICE, Enrolment.class)
            .setParameter("id", id)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("enrolment", id));
    Caller caller = access.requireEnrolment(enrolment, false, "read enrolment " + id);
    audit.record(caller, AuditAction.READ, RESOURCE, id, enrolment.getPatient().getId(), null);
    return enrolment;
  }

  /**
   * The patient's enrolments that the caller may see: those of their practice, or all for the
   * insurer.
   */
  @RolesAllowed({Role.DOCTOR_NAME, Role.STAFF_NAME, Role.INSURER_NAME})
  public List<Enrolment> forPatient(long patientId) {
    Caller caller = access.requirePatient(patientId, "read the enrolments of patient " + patientId);
    List<Enrolment> all = allOf(patientId);
    List<Enrolment> visible = all.stream().filter(e -> access.mayRead(caller, e)).toList();
    audit.record(
        caller, AuditAction.SEARCH, RESOURCE, null, patientId, visible.size() + " results");
    return visible;
  }

  private List<Enrolment> allOf(long patientId) {
    return em.createNamedQuery(Enrolment.FIND_BY_PATIENT, Enrolment.class)
        .setParameter("patientId", patientId)
        .getResultList();
  }

  private void refuseUnlessEligible(
      Patient patient,
      ProgrammeDefinition programme,
      EnrolmentRequest request,
      List<Enrolment> existing) {
    if (!patient.isInsured()) {
      throw new EnrolmentRefusedException("enrolment.uninsured");
    }
    if (!programme.confirmsDiagnosis(request.diagnosisCode())) {
      throw new EnrolmentRefusedException(
          "enrolment.diagnosis",
          request.diagnosisCode(),
          programme.localisedTitle(),
          programme.diagnoses().stream().map(Diagnosis::code).collect(Collectors.joining(", ")));
    }
    if (request.diagnosisDate().isAfter(request.startedOn())) {
      throw new EnrolmentRefusedException("enrolment.diagnosedAfterStart");
    }
    for (Enrolment other : existing) {
      if (other.isOpen() && other.getProgrammeCode().equals(programme.code())) {
        throw new EnrolmentRefusedException(
            "enrolment.alreadyEnrolled", programme.localisedTitle(), other.getId());
      }
      if (other.isOpen()
          && (programme.excludes(other.getProgrammeCode())
              || programmes
                  .current(other.getProgrammeCode(), request.startedOn())
                  .excludes(programme.code()))) {
        throw new ExcludedProgrammeException(
            other.getProgrammeCode(), programme.code(), other.getId());
      }
      if (other.getProgrammeCode().equals(programme.code())
          && !request.startedOn().isAfter(other.getEndedOn())) {
        throw new EnrolmentRefusedException("enrolment.reenrolmentTooEarly", other.getEndedOn());
      }
    }
  }

  private DmpCase dmpCase(Patient patient, Practice practice) {
    return em.createNamedQuery(DmpCase.FIND_BY_PATIENT_AND_PRACTICE, DmpCase.class)
        .setParameter("patientId", patient.getId())
        .setParameter("practiceId", practice.getId())
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              var created = new DmpCase(patient, practice, now());
              em.persist(created);
              return created;
            });
  }

  private Instant now() {
    return clock.instant();
  }
}
