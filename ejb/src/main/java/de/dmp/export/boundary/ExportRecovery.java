package de.dmp.export.boundary;

import de.dmp.export.entity.BulkExport;
import de.dmp.platform.control.JobLedger;
import de.dmp.platform.control.ServerNode;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;

/**
 * An export whose server stopped cannot go on: it is marked failed, so that its owner sees it and
 * starts it again, and its partial files are never served. A server that starts fails its own
 * interrupted exports; a job, once a minute for the whole cluster, fails those of a server that is
 * gone. Open to every caller, as the timer is one: it reveals nothing and fails only what is dead.
 */
@Startup
@Singleton
@PermitAll
public class ExportRecovery {

  static final String JOB = "export-recovery";

  /** A page takes well under a second (docs/benchmarks.md): five silent minutes mean no server. */
  static final Duration SILENCE = Duration.ofMinutes(5);

  private static final Logger LOGGER = Logger.getLogger(ExportRecovery.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private JobLedger ledger;
  @Inject private Clock clock;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void failThisServersInterruptedExports() {
    fail(
        em.createNamedQuery(BulkExport.FIND_RUNNING_ON, BulkExport.class)
            .setParameter("node", ServerNode.name()),
        "The export was interrupted by a restart of the server; start it again.");
  }

  @Schedule(hour = "*", minute = "*", persistent = true, info = JOB)
  public void failStalledExports() {
    fail(
        em.createNamedQuery(BulkExport.FIND_STALLED, BulkExport.class)
            .setParameter("silentSince", clock.instant().minus(SILENCE)),
        "The server writing the export stopped; start it again.");
    ledger.ran(JOB);
  }

  private void fail(TypedQuery<BulkExport> exports, String reason) {
    List<BulkExport> interrupted = exports.getResultList();
    interrupted.forEach(export -> export.fail(reason, clock.instant()));
    if (!interrupted.isEmpty()) {
      LOGGER.info(() -> interrupted.size() + " interrupted bulk exports marked as failed");
    }
  }
}
