package de.dmp.rules.boundary;

import de.dmp.enrolment.entity.Enrolment;
import de.dmp.enrolment.entity.EnrolmentStatus;
import de.dmp.platform.control.JobLedger;
import de.dmp.rules.control.CareSchedule;
import de.dmp.rules.entity.CareDeadline;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;

/**
 * Recomputes the stored deadlines of open enrolments that have none, e.g. after a migration removed
 * them because their form changed (V21: sentences as keys). Once a minute for the whole cluster, a
 * batch at a time, so that a large practice base is rebuilt without one long transaction; the
 * ledger's lock keeps two servers from rebuilding the same enrolment. Open to every caller, as the
 * timer is one: it reveals nothing and only derives what the facts say. Its timer is created only
 * after the demo population is loaded: run beside that load on MariaDB, it deadlocked with it on
 * the same enrolments' deadlines. It is a timer of this server, not a persistent one: a declared
 * schedule exists before the bean does, and when a deployment failed while the demo population was
 * loading, its timer waited for this bean for ever and held every later deployment up.
 */
@Startup
@Singleton
@DependsOn("DemoData")
@PermitAll
public class CareScheduleRebuild {

  static final String JOB = "care-schedule-rebuild";

  static final int BATCH = 500;

  private static final long MINUTE_MS = 60_000;

  private static final Logger LOGGER = Logger.getLogger(CareScheduleRebuild.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private JobLedger ledger;
  @Inject private CareSchedule schedule;

  @Resource private TimerService timers;

  @PostConstruct
  void scheduleEveryMinute() {
    timers.createIntervalTimer(MINUTE_MS, MINUTE_MS, new TimerConfig(JOB, false));
  }

  @Timeout
  public void rebuildMissing() {
    ledger.ran(JOB);
    List<Enrolment> missing =
        em.createNamedQuery(CareDeadline.FIND_ENROLMENTS_WITHOUT, Enrolment.class)
            .setParameter(
                "open",
                Arrays.stream(EnrolmentStatus.values()).filter(EnrolmentStatus::isOpen).toList())
            .setMaxResults(BATCH)
            .getResultList();
    missing.forEach(schedule::refresh);
    if (!missing.isEmpty()) {
      LOGGER.info(() -> missing.size() + " enrolments' deadlines recomputed");
    }
  }
}
