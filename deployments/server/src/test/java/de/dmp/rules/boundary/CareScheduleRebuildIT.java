package de.dmp.rules.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.enrolment.entity.Enrolment;
import de.dmp.it.Deployments;
import de.dmp.it.TestData;
import de.dmp.it.TestData.Clinic;
import de.dmp.platform.control.ServerNode;
import de.dmp.platform.entity.ScheduledJob;
import de.dmp.rules.entity.CareDeadline;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An open enrolment whose stored deadlines were removed (as V21 removed them all) gets the same
 * deadlines back from the rebuild job, which counts its run.
 */
@ExtendWith(ArquillianExtension.class)
class CareScheduleRebuildIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.applicationWith(CareScheduleRebuildIT.class);
  }

  @Inject private TestData data;
  @Inject private CareScheduleRebuild rebuild;
  @Inject private EntityManager em;
  @Inject private UserTransaction transaction;

  @Test
  void rebuildMissing_shouldRecomputeTheDeadlinesOfAnEnrolmentThatHasNone() throws Exception {
    Clinic clinic = data.clinic();
    Enrolment enrolment =
        clinic.doctor(
            () -> {
              Enrolment enrolled =
                  data.enrol(data.insuredPatient(), clinic.practice(), "DM2", "E11.9");
              data.documentInitially(enrolled);
              return enrolled;
            });
    List<String> stored = deadlinesOf(enrolment);
    transaction.begin();
    em.createNamedQuery(CareDeadline.DELETE_BY_ENROLMENT)
        .setParameter("enrolmentId", enrolment.getId())
        .executeUpdate();
    transaction.commit();

    rebuild.rebuildMissing();

    assertThat(stored).isNotEmpty();
    assertThat(deadlinesOf(enrolment)).isEqualTo(stored);
    assertThat(em.find(ScheduledJob.class, CareScheduleRebuild.JOB).getLastNode())
        .isEqualTo(ServerNode.name());
  }

  private List<String> deadlinesOf(Enrolment enrolment) {
    return em
        .createQuery("select d from CareDeadline d where d.enrolmentId = :id", CareDeadline.class)
        .setParameter("id", enrolment.getId())
        .getResultList()
        .stream()
        .map(d -> d.getProgrammeCode() + " " + d.getDueFrom())
        .sorted()
        .toList();
  }
}
