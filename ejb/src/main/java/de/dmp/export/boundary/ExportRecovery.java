package de.dmp.export.boundary;

import de.dmp.export.entity.BulkExport;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;

/**
 * An export that was running when the server stopped cannot go on: at start it is marked failed, so
 * that its owner sees it and starts it again, and its partial files are never served.
 */
@Startup
@Singleton
public class ExportRecovery {

  private static final Logger LOGGER = Logger.getLogger(ExportRecovery.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  void failInterruptedExports() {
    List<BulkExport> running =
        em.createNamedQuery(BulkExport.FIND_RUNNING, BulkExport.class).getResultList();
    running.forEach(
        export ->
            export.fail(
                "The export was interrupted by a restart of the server; start it again.",
                clock.instant()));
    if (!running.isEmpty()) {
      LOGGER.info(() -> running.size() + " interrupted bulk exports marked as failed");
    }
  }
}
