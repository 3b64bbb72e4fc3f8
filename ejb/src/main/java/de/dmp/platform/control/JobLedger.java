package de.dmp.platform.control;

import de.dmp.platform.entity.ScheduledJob;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;

/** Counts the runs of a scheduled job, in the job's transaction, with the server it ran on. */
@Dependent
public class JobLedger {

  @Inject private EntityManager em;
  @Inject private Clock clock;

  public void ran(String job) {
    ScheduledJob entry = em.find(ScheduledJob.class, job, LockModeType.PESSIMISTIC_WRITE);
    if (entry == null) {
      em.persist(new ScheduledJob(job, ServerNode.name(), clock.instant()));
    } else {
      entry.ran(ServerNode.name(), clock.instant());
    }
  }
}
