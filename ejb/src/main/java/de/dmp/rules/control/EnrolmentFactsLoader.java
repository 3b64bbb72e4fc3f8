package de.dmp.rules.control;

import de.dmp.documentation.entity.Documentation;
import de.dmp.documentation.entity.DocumentationStatus;
import de.dmp.enrolment.entity.Enrolment;
import de.dmp.followup.entity.Appointment;
import de.dmp.followup.entity.AppointmentKind;
import de.dmp.followup.entity.AppointmentStatus;
import de.dmp.programme.boundary.Programmes;
import de.dmp.programme.entity.Criterion.Documented;
import de.dmp.rules.entity.Dismissal;
import de.dmp.rules.entity.EnrolmentFacts;
import de.dmp.rules.entity.EnrolmentFacts.GoalTarget;
import de.dmp.therapy.entity.Goal;
import de.dmp.therapy.entity.TherapyPlan;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;

/** Reads what the rules need about one enrolment in four queries. */
@Dependent
public class EnrolmentFactsLoader {

  @Inject private EntityManager em;
  @Inject private Programmes programmes;

  /** The facts, under the programme version in force on the day. */
  public EnrolmentFacts load(Enrolment enrolment, LocalDate day) {
    List<Documented> documented =
        em
            .createNamedQuery(Documentation.FIND_COUNTED_BY_ENROLMENT, Documentation.class)
            .setParameter("enrolmentId", enrolment.getId())
            .setParameter("draft", DocumentationStatus.DRAFT)
            .getResultList()
            .stream()
            .map(d -> new Documented(d.getDocumentedOn(), d.currentValues()))
            .toList();
    List<LocalDate> missedTrainings =
        em.createNamedQuery(Appointment.DAYS_BY_ENROLMENT_KIND_AND_STATUS, LocalDate.class)
            .setParameter("enrolmentId", enrolment.getId())
            .setParameter("kind", AppointmentKind.TRAINING)
            .setParameter("status", AppointmentStatus.MISSED)
            .getResultList();
    return new EnrolmentFacts(
        enrolment.getId(),
        programmes.current(enrolment.getProgrammeCode(), day),
        enrolment.getInterval(),
        enrolment.isOpen(),
        enrolment.getStartedOn(),
        enrolment.getPatient().getBirthDate(),
        documented,
        missedTrainings,
        goals(enrolment, day),
        enrolment.getDismissedExclusions().stream()
            .map(d -> new Dismissal(d.getRuleId(), d.getExclusionEffectiveOn()))
            .toList());
  }

  private List<GoalTarget> goals(Enrolment enrolment, LocalDate day) {
    return em.createNamedQuery(TherapyPlan.FIND_BY_ENROLMENT, TherapyPlan.class)
        .setParameter("enrolmentId", enrolment.getId())
        .getResultStream()
        .filter(plan -> !plan.getValidFrom().isAfter(day))
        .findFirst()
        .map(plan -> plan.getGoals().stream().map(EnrolmentFactsLoader::target).toList())
        .orElse(List.of());
  }

  private static GoalTarget target(Goal goal) {
    return new GoalTarget(
        goal.getCode(),
        goal.getLabel(),
        goal.getLoinc(),
        goal.getTargetLow(),
        goal.getTargetHigh(),
        goal.getUnit());
  }
}
