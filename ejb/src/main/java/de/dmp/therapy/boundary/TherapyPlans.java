package de.dmp.therapy.boundary;

import de.dmp.enrolment.boundary.Enrolments;
import de.dmp.enrolment.entity.Enrolment;
import de.dmp.platform.boundary.ConcurrentChangeException;
import de.dmp.therapy.entity.TherapyPlan;
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
public class TherapyPlans {

  @PersistenceContext private EntityManager em;
  @Inject private Enrolments enrolments;
  @Inject private Clock clock;

  /**
   * Stores the draft as the next version of the plan. {@code basedOnVersion} is the version the
   * editor started from (0 for a first plan); a newer version in between is a conflict.
   */
  public TherapyPlan revise(
      long enrolmentId, int basedOnVersion, @NotNull @Valid TherapyPlanDraft draft) {
    Enrolment enrolment = enrolments.enrolment(enrolmentId);
    int current = current(enrolmentId).map(TherapyPlan::getPlanVersion).orElse(0);
    if (current != basedOnVersion) {
      throw new ConcurrentChangeException("therapy plan of enrolment", enrolmentId);
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
    return plan;
  }

  public Optional<TherapyPlan> current(long enrolmentId) {
    return history(enrolmentId).stream().findFirst();
  }

  /** Every version, newest first. */
  public List<TherapyPlan> history(long enrolmentId) {
    return em.createNamedQuery(TherapyPlan.FIND_BY_ENROLMENT, TherapyPlan.class)
        .setParameter("enrolmentId", enrolmentId)
        .getResultList();
  }
}
