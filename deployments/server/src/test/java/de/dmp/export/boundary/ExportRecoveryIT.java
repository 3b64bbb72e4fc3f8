package de.dmp.export.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.export.entity.BulkExport;
import de.dmp.export.entity.ExportStatus;
import de.dmp.it.Deployments;
import de.dmp.platform.control.ServerNode;
import de.dmp.platform.entity.ScheduledJob;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Exports whose server stopped, on the real database: a starting server fails its own, the
 * cluster's job those of a server that is silent, and neither touches an export that is alive.
 */
@ExtendWith(ArquillianExtension.class)
class ExportRecoveryIT {

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.applicationWith(ExportRecoveryIT.class);
  }

  @Inject private ExportRecovery recovery;
  @Inject private EntityManager em;
  @Inject private UserTransaction transaction;

  private String running(String node, Instant lastPage) throws Exception {
    var export =
        new BulkExport(
            "recovery-it",
            "/fhir/$export",
            Set.of("Patient"),
            null,
            null,
            Set.of(),
            200,
            node,
            lastPage);
    export.advance(100, lastPage);
    transaction.begin();
    em.persist(export);
    transaction.commit();
    return export.getId();
  }

  private BulkExport reread(String id) {
    return em.find(BulkExport.class, id);
  }

  @Test
  void theJob_shouldFailExportsSilentForFiveMinutesAndCountItsRun() throws Exception {
    Instant now = Instant.now();
    String silent = running("gone-" + now.toEpochMilli(), now.minus(Duration.ofMinutes(6)));
    String alive = running("other-" + now.toEpochMilli(), now.minus(Duration.ofMinutes(1)));

    recovery.failStalledExports();

    assertThat(reread(silent).getStatus()).isEqualTo(ExportStatus.FAILED);
    assertThat(reread(silent).getError()).contains("stopped; start it again");
    assertThat(reread(alive).getStatus()).isEqualTo(ExportStatus.RUNNING);
    ScheduledJob job = em.find(ScheduledJob.class, ExportRecovery.JOB);
    assertThat(job.getLastNode()).isEqualTo(ServerNode.name());
    assertThat(job.getLastRunAt()).isAfterOrEqualTo(now.truncatedTo(ChronoUnit.SECONDS));
  }

  @Test
  void aStartingServer_shouldFailItsOwnRunningExportsOnly() throws Exception {
    Instant now = Instant.now();
    String own = running(ServerNode.name(), now);
    String otherServers = running("other-" + now.toEpochMilli(), now);

    recovery.failThisServersInterruptedExports();

    assertThat(reread(own).getStatus()).isEqualTo(ExportStatus.FAILED);
    assertThat(reread(own).getError()).contains("restart of the server");
    assertThat(reread(otherServers).getStatus()).isEqualTo(ExportStatus.RUNNING);
  }
}
