package de.dmp.rules.boundary;

import de.dmp.audit.control.AuditTrail;
import de.dmp.audit.entity.AuditAction;
import de.dmp.enrolment.entity.Enrolment;
import de.dmp.enrolment.entity.EnrolmentChanged;
import de.dmp.enrolment.entity.EnrolmentStatus;
import de.dmp.platform.boundary.Records;
import de.dmp.platform.entity.IllegalTransitionException;
import de.dmp.rules.control.EnrolmentFactsLoader;
import de.dmp.rules.entity.ProgrammeRules;
import de.dmp.rules.entity.Verdict;
import de.dmp.rules.entity.VerdictStatus;
import de.dmp.security.control.AccessPolicy;
import de.dmp.security.control.Caller;
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
import java.util.List;

/**
 * What the programme's rules say about an enrolment on a day, and the confirmation of an exclusion
 * the rules propose: the engine proposes, a doctor confirms.
 */
@Stateless
@RolesAllowed({Role.DOCTOR_NAME, Role.STAFF_NAME})
public class Verdicts {

  private static final String RESOURCE = "Verdict";

  @PersistenceContext private EntityManager em;
  @Inject private AccessPolicy access;
  @Inject private AuditTrail audit;
  @Inject private EnrolmentFactsLoader facts;
  @Inject private Event<EnrolmentChanged> changed;
  @Inject private Clock clock;

  /** Every verdict on the day, most urgent first; a past day sees only what was known then. */
  public List<Verdict> forEnrolment(long enrolmentId, @NotNull LocalDate day) {
    Enrolment enrolment = Records.require(em, Enrolment.class, enrolmentId, "enrolment");
    Caller caller =
        access.requireEnrolment(enrolment, false, "read the verdicts of enrolment " + enrolmentId);
    audit.record(
        caller,
        AuditAction.READ,
        RESOURCE,
        enrolmentId,
        enrolment.getPatient().getId(),
        "as of " + day);
    return ProgrammeRules.verdicts(facts.load(enrolment, day), day);
  }

  /**
   * Excludes the patient as the named rule proposes today, effective on the day the rule gives
   * (e.g. the last documentation), and records the rule with its version as the reason.
   */
  @RolesAllowed(Role.DOCTOR_NAME)
  public Enrolment confirmExclusion(long enrolmentId, @NotBlank String ruleId) {
    Enrolment enrolment = Records.require(em, Enrolment.class, enrolmentId, "enrolment");
    Caller caller =
        access.requireEnrolment(
            enrolment, true, "confirm an exclusion of enrolment " + enrolmentId);
    LocalDate today = LocalDate.now(clock);
    Verdict proposal =
        ProgrammeRules.verdicts(facts.load(enrolment, today), today).stream()
            .filter(v -> v.ruleId().equals(ruleId))
            .filter(v -> v.status() == VerdictStatus.EXCLUSION_PROPOSED)
            .findFirst()
            .orElseThrow(() -> new IllegalTransitionException("verdict.noExclusion", ruleId));
    enrolment.transitionTo(
        EnrolmentStatus.EXCLUDED,
        proposal.exclusionEffectiveOn(),
        "Regel " + ruleId + " (" + proposal.ruleVersion() + "): " + proposal.sentence(),
        clock.instant());
    changed.fire(new EnrolmentChanged(enrolment));
    audit.record(
        caller,
        AuditAction.UPDATE,
        "Enrolment",
        enrolmentId,
        enrolment.getPatient().getId(),
        "excluded by " + ruleId);
    return enrolment;
  }
}
