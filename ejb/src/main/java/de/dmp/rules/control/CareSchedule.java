package de.dmp.rules.control;

import de.dmp.documentation.boundary.DocumentationRecorded;
import de.dmp.enrolment.entity.Enrolment;
import de.dmp.enrolment.entity.EnrolmentChanged;
import de.dmp.rules.entity.CareDeadline;
import de.dmp.rules.entity.ProgrammeRules;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Keeps each enrolment's stored deadlines in step with its facts, in the transaction that changed
 * them: worklists read the dates, and the dates stay true until the facts change again.
 */
@Dependent
public class CareSchedule {

  @Inject private EntityManager em;
  @Inject private EnrolmentFactsLoader facts;
  @Inject private Clock clock;

  void onDocumentation(@Observes DocumentationRecorded event) {
    refresh(event.documentation().getEnrolment());
  }

  void onChange(@Observes EnrolmentChanged event) {
    refresh(event.enrolment());
  }

  public void refresh(Enrolment enrolment) {
    LocalDate today = LocalDate.now(clock);
    em.flush();
    em.createNamedQuery(CareDeadline.DELETE_BY_ENROLMENT)
        .setParameter("enrolmentId", enrolment.getId())
        .executeUpdate();
    ProgrammeRules.deadlines(facts.load(enrolment, today), today)
        .forEach(deadline -> em.persist(new CareDeadline(enrolment, deadline, today)));
  }
}
