package de.dmp.enrolment.control;

import de.dmp.audit.control.AuditTrail;
import de.dmp.audit.entity.AuditAction;
import de.dmp.enrolment.entity.EndReason;
import de.dmp.enrolment.entity.Enrolment;
import de.dmp.enrolment.entity.EnrolmentChanged;
import de.dmp.enrolment.entity.EnrolmentStatus;
import de.dmp.patient.boundary.PatientDied;
import de.dmp.security.control.AccessPolicy;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Ends every open enrolment of a patient who died (Ausschreibung, reason "Tod") on the day of
 * death, or on its last change when that came later, as the record's history cannot go back.
 */
@Dependent
public class EndingOnDeath {

  @Inject private EntityManager em;
  @Inject private Clock clock;
  @Inject private Event<EnrolmentChanged> changed;
  @Inject private AccessPolicy access;
  @Inject private AuditTrail audit;

  void onDeath(@Observes PatientDied death) {
    em
        .createNamedQuery(Enrolment.FIND_BY_PATIENT, Enrolment.class)
        .setParameter("patientId", death.patient().getId())
        .getResultList()
        .stream()
        .filter(enrolment -> enrolment.getStatus().isOpen())
        .forEach(enrolment -> end(enrolment, death.diedOn()));
  }

  private void end(Enrolment enrolment, LocalDate diedOn) {
    LocalDate effectiveOn = latest(diedOn, enrolment.lastChangedOn());
    enrolment.transitionTo(
        EnrolmentStatus.ENDED, effectiveOn, EndReason.DEATH.recorded(null), clock.instant());
    audit.record(
        access.caller(),
        AuditAction.UPDATE,
        "Enrolment",
        enrolment.getId(),
        enrolment.getPatient().getId(),
        "ended on the patient's death");
    changed.fire(new EnrolmentChanged(enrolment));
  }

  private static LocalDate latest(LocalDate one, LocalDate other) {
    return one.isAfter(other) ? one : other;
  }
}
