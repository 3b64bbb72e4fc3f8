package de.dmp.patient.control;

import de.dmp.documentation.entity.Documentation;
import de.dmp.documentation.entity.Visit;
import de.dmp.enrolment.entity.DmpCase;
import de.dmp.enrolment.entity.Enrolment;
import de.dmp.followup.entity.Appointment;
import de.dmp.patient.entity.CareRelation;
import de.dmp.patient.entity.Patient;
import de.dmp.rules.entity.CareDeadline;
import de.dmp.therapy.entity.TherapyPlan;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Removes a patient and every clinical record about the person, children before parents. The audit
 * trail, which holds identifiers only, is kept.
 */
@Dependent
public class PatientErasure {

  /** Each query selects one kind of record of the patient, in the order they must go. */
  private static final List<Query<?>> RECORDS =
      List.of(
          new Query<>(CareDeadline.class, "select d from CareDeadline d where d.patient.id = :id"),
          new Query<>(
              Appointment.class, "select a from Appointment a where a.enrolment.patient.id = :id"),
          new Query<>(
              TherapyPlan.class, "select t from TherapyPlan t where t.enrolment.patient.id = :id"),
          new Query<>(
              Documentation.class,
              "select d from Documentation d where d.enrolment.patient.id = :id"),
          new Query<>(Visit.class, "select v from Visit v where v.patient.id = :id"),
          new Query<>(Enrolment.class, "select e from Enrolment e where e.patient.id = :id"),
          new Query<>(DmpCase.class, "select c from DmpCase c where c.patient.id = :id"),
          new Query<>(CareRelation.class, "select r from CareRelation r where r.patient.id = :id"));

  private record Query<T>(Class<T> type, String jpql) {}

  @Inject private EntityManager em;

  /**
   * @return how many records were removed, the patient included
   */
  public int erase(Patient patient) {
    int removed = 0;
    for (Query<?> query : RECORDS) {
      for (Object record :
          em.createQuery(query.jpql(), query.type())
              .setParameter("id", patient.getId())
              .getResultList()) {
        em.remove(record);
        removed++;
      }
      em.flush();
    }
    em.remove(patient);
    return removed + 1;
  }
}
