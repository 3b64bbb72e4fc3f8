package de.dmp.rules.boundary;

import de.dmp.audit.control.AuditTrail;
import de.dmp.audit.entity.AuditAction;
import de.dmp.enrolment.entity.Enrolment;
import de.dmp.enrolment.entity.EnrolmentChanged;
import de.dmp.enrolment.entity.EnrolmentStatus;
import de.dmp.identity.entity.Caller;
import de.dmp.platform.boundary.Records;
import de.dmp.platform.entity.IllegalTransitionException;
import de.dmp.rules.control.EnrolmentFactsLoader;
import de.dmp.rules.entity.ProgrammeRules;
import de.dmp.rules.entity.Verdict;
import de.dmp.rules.entity.VerdictStatus;
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
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What the programme's rules say about an enrolment on a day, and the doctor's decision on an
 * exclusion the rules propose: the engine proposes, a doctor confirms or dismisses.
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
   * (e.g. the last documentation), and records the rule with its version as the reason, in German
   * as the history of an enrolment is kept.
   */
  @RolesAllowed(Role.DOCTOR_NAME)
  public Enrolment confirmExclusion(long enrolmentId, @NotBlank String ruleId) {
    Enrolment enrolment = Records.require(em, Enrolment.class, enrolmentId, "enrolment");
    Caller caller =
        access.requireEnrolment(
            enrolment, true, "confirm an exclusion of enrolment " + enrolmentId);
    Verdict proposal = openProposal(enrolment, ruleId);
    enrolment.transitionTo(
        EnrolmentStatus.EXCLUDED,
        proposal.exclusionEffectiveOn(),
        "Regel "
            + ruleId
            + " ("
            + proposal.ruleVersion()
            + "): "
            + proposal.sentence().in(Locale.GERMAN),
        clock.instant());
    return decided(caller, enrolment, "excluded by " + ruleId);
  }

  /**
   * Keeps the patient in the programme although the named rule proposes an exclusion today: the
   * doctor's reason is recorded, and the rule proposes it again only when new facts make a new
   * proposal.
   */
  @RolesAllowed(Role.DOCTOR_NAME)
  public Enrolment dismissExclusion(
      long enrolmentId,
      @NotBlank String ruleId,
      @NotBlank(message = "{dmp.verdict.dismissal.reason.required}")
          @Size(max = 400, message = "{dmp.verdict.dismissal.reason.size}")
          String reason) {
    Enrolment enrolment = Records.require(em, Enrolment.class, enrolmentId, "enrolment");
    Caller caller =
        access.requireEnrolment(
            enrolment, true, "dismiss an exclusion of enrolment " + enrolmentId);
    Verdict proposal = openProposal(enrolment, ruleId);
    enrolment.dismissExclusion(
        ruleId, proposal.exclusionEffectiveOn(), reason, caller.username(), clock.instant());
    return decided(caller, enrolment, "exclusion by " + ruleId + " dismissed");
  }

  /** A doctor's decision on a proposal: the rules see it at once, and the audit trail keeps it. */
  private Enrolment decided(Caller caller, Enrolment enrolment, String decision) {
    changed.fire(new EnrolmentChanged(enrolment));
    audit.record(
        caller,
        AuditAction.UPDATE,
        "Enrolment",
        enrolment.getId(),
        enrolment.getPatient().getId(),
        decision);
    return enrolment;
  }

  private Verdict openProposal(Enrolment enrolment, String ruleId) {
    LocalDate today = LocalDate.now(clock);
    List<Verdict> verdicts = ProgrammeRules.verdicts(facts.load(enrolment, today), today);
    if (verdicts.stream().noneMatch(v -> v.ruleId().equals(ruleId))) {
      throw new IllegalTransitionException("verdict.unknownRule", ruleId);
    }
    return verdicts.stream()
        .filter(v -> v.ruleId().equals(ruleId))
        .filter(v -> v.status() == VerdictStatus.EXCLUSION_PROPOSED)
        .findFirst()
        .orElseThrow(() -> new IllegalTransitionException("verdict.noExclusion", ruleId));
  }
}
