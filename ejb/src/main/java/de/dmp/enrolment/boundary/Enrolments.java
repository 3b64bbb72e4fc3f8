package de.dmp.enrolment.boundary;

import de.dmp.enrolment.entity.DmpCase;
import de.dmp.enrolment.entity.Enrolment;
import de.dmp.enrolment.entity.EnrolmentStatus;
import de.dmp.patient.boundary.Patients;
import de.dmp.patient.entity.Patient;
import de.dmp.platform.boundary.Records;
import de.dmp.practice.boundary.Practices;
import de.dmp.practice.entity.Practice;
import de.dmp.programme.boundary.Programmes;
import de.dmp.programme.entity.Diagnosis;
import de.dmp.programme.entity.ProgrammeDefinition;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** Enrolling patients in programmes, and every change of an enrolment's state. */
@Stateless
public class Enrolments {

  @PersistenceContext private EntityManager em;
  @Inject private Patients patients;
  @Inject private Practices practices;
  @Inject private Programmes programmes;
  @Inject private Clock clock;

  /**
   * Enrols a patient: the programme's diagnosis, no open enrolment in the same or an excluded
   * programme, and on re-enrolment the same case number as before.
   */
  public Enrolment enrol(@NotNull @Valid EnrolmentRequest request) {
    Patient patient = patients.patient(request.patientId());
    Practice practice = practices.practice(request.practiceId());
    ProgrammeDefinition programme =
        programmes.current(request.programmeCode(), request.startedOn());
    List<Enrolment> existing = forPatient(patient.getId());
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
    return enrolment;
  }

  /**
   * Ends the enrolment in a programme that excludes the requested one and enrols in the requested
   * programme, in one step: both happen or neither.
   */
  public Enrolment switchProgramme(
      long conflictingEnrolmentId, @NotNull @Valid EnrolmentRequest request) {
    Enrolment old = enrolment(conflictingEnrolmentId);
    old.transitionTo(
        EnrolmentStatus.ENDED,
        request.startedOn(),
        "Wechsel nach " + request.programmeCode(),
        now());
    em.flush();
    return enrol(request);
  }

  public Enrolment recordConsent(
      long enrolmentId,
      @NotNull(message = "The signing date is required.")
          @PastOrPresent(message = "The consent cannot be signed in the future.")
          LocalDate signedOn) {
    Enrolment enrolment = enrolment(enrolmentId);
    enrolment.recordConsent(signedOn, now());
    return enrolment;
  }

  /** Suspends, resumes, ends or excludes, effective on a day that may lie in the past. */
  public Enrolment changeStatus(
      long enrolmentId,
      @NotNull EnrolmentStatus next,
      @NotNull @PastOrPresent(message = "A change cannot take effect in the future.")
          LocalDate effectiveOn,
      @NotBlank(message = "A reason is required.") String reason) {
    Enrolment enrolment = enrolment(enrolmentId);
    enrolment.transitionTo(next, effectiveOn, reason, now());
    return enrolment;
  }

  public Enrolment enrolment(long id) {
    return Records.require(em, Enrolment.class, id, "enrolment");
  }

  public List<Enrolment> forPatient(long patientId) {
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
      throw new EnrolmentRefusedException(
          "Record the patient's insurer and insurance number before enrolling.");
    }
    if (!programme.confirmsDiagnosis(request.diagnosisCode())) {
      throw new EnrolmentRefusedException(
          request.diagnosisCode()
              + " does not confirm "
              + programme.title()
              + "; expected "
              + programme.diagnoses().stream()
                  .map(Diagnosis::code)
                  .collect(Collectors.joining(", "))
              + ".");
    }
    if (request.diagnosisDate().isAfter(request.startedOn())) {
      throw new EnrolmentRefusedException(
          "The diagnosis must be made before the enrolment starts.");
    }
    for (Enrolment other : existing) {
      if (other.isOpen() && other.getProgrammeCode().equals(programme.code())) {
        throw new EnrolmentRefusedException(
            "The patient is already enrolled in "
                + programme.title()
                + " (enrolment "
                + other.getId()
                + ").");
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
        throw new EnrolmentRefusedException(
            "A re-enrolment must start after the previous enrolment ended on "
                + other.getEndedOn()
                + ".");
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
