package de.dmp.therapy.boundary;

import de.dmp.audit.control.AuditTrail;
import de.dmp.audit.entity.AuditAction;
import de.dmp.enrolment.entity.Enrolment;
import de.dmp.identity.entity.Caller;
import de.dmp.platform.boundary.ConcurrentChangeException;
import de.dmp.platform.boundary.NotFoundException;
import de.dmp.platform.boundary.Records;
import de.dmp.security.control.AccessPolicy;
import de.dmp.security.entity.Role;
import de.dmp.therapy.entity.TherapyPlan;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The individual therapy plans: goals, medication, referrals and training, with history. */
@Stateless
@RolesAllowed(Role.DOCTOR_NAME)
public class TherapyPlans {

  private static final String RESOURCE = "TherapyPlan";

  @PersistenceContext private EntityManager em;
  @Inject private AccessPolicy access;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  /**
   * Stores the draft as the next version of the plan. {@code basedOnVersion} is the version the
   * editor started from (0 for a first plan); a newer version in between is a conflict.
   */
  public TherapyPlan revise(
      long enrolmentId, int basedOnVersion, @NotNull @Valid TherapyPlanDraft draft) {
    Enrolment enrolment = Records.require(em, Enrolment.class, enrolmentId, "enrolment");
    Caller caller =
        access.requireEnrolment(
            enrolment, true, "revise the therapy plan of enrolment " + enrolmentId);
    int current =
        versions(enrolmentId).stream().findFirst().map(TherapyPlan::getPlanVersion).orElse(0);
    if (current != basedOnVersion) {
      throw new ConcurrentChangeException("concurrent.therapyPlan", enrolmentId);
    }
    var plan =
        new TherapyPlan(
            enrolment,
            current,
            draft.validFrom(),
            draft.goals(),
            draft.medications(),
            draft.measures(),
            clock.instant());
    em.persist(plan);
    audit.record(
        caller,
        AuditAction.CREATE,
        RESOURCE,
        enrolmentId,
        enrolment.getPatient().getId(),
        "version " + plan.getPlanVersion());
    return plan;
  }

  @RolesAllowed({Role.DOCTOR_NAME, Role.STAFF_NAME})
  public Optional<TherapyPlan> current(long enrolmentId) {
    return history(enrolmentId).stream().findFirst();
  }

  /** Every version, newest first. */
  @RolesAllowed({Role.DOCTOR_NAME, Role.STAFF_NAME})
  public List<TherapyPlan> history(long enrolmentId) {
    Enrolment enrolment = Records.require(em, Enrolment.class, enrolmentId, "enrolment");
    Caller caller =
        access.requireEnrolment(
            enrolment, false, "read the therapy plan of enrolment " + enrolmentId);
    audit.record(
        caller, AuditAction.READ, RESOURCE, enrolmentId, enrolment.getPatient().getId(), null);
    return versions(enrolmentId);
  }

  /** Every version of the plan that the version with this id belongs to, newest first. */
  @RolesAllowed({Role.DOCTOR_NAME, Role.STAFF_NAME})
  public List<TherapyPlan> historyOfPlan(long planId) {
    long enrolmentId =
        em.createNamedQuery(TherapyPlan.ENROLMENT_OF, Long.class)
            .setParameter("planId", planId)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("therapy plan", planId));
    return history(enrolmentId);
  }

  private List<TherapyPlan> versions(long enrolmentId) {
    return em.createNamedQuery(TherapyPlan.FIND_BY_ENROLMENT, TherapyPlan.class)
        .setParameter("enrolmentId", enrolmentId)
        .getResultList();
  }
}
