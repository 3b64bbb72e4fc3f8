package de.dmp.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.demo.control.DemoPopulation;
import de.dmp.export.boundary.BulkExports;
import de.dmp.export.boundary.ExportPages;
import de.dmp.export.entity.BulkExport;
import de.dmp.export.entity.ExportStatus;
import de.dmp.it.BulkData;
import de.dmp.it.Deployments;
import de.dmp.it.Http;
import de.dmp.it.TestData;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A running export of many pages, cancelled between two of them: it stops at its next page and
 * removes what it wrote. Started and afterwards asked for over HTTP; the cancel itself is made
 * while the test holds the export's row, so that the writer, which must lock that row to count a
 * page, cannot finish behind the test's back: no timing decides what the test sees.
 */
@ExtendWith(ArquillianExtension.class)
class BulkExportCancelFhirIT {

  private static final String INSURER = DemoPopulation.INSURER_USER;

  /** Patients per page while the test runs: the insurer's members then fill some 25 pages. */
  private static final String SMALL_PAGES = "5";

  private static final Duration DEADLINE = Duration.ofSeconds(60);

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.application(BulkExportCancelFhirIT.class)
        .addAsLibrary(
            Deployments.testLibrary(BulkExportCancelFhirIT.class, Http.class, BulkData.class));
  }

  @Inject private BulkExports exports;
  @Inject private EntityManager em;
  @Inject private UserTransaction transaction;

  @ArquillianResource private URL base;

  @Test
  void aCancelBetweenPages_shouldStopTheExportAtItsNextPageAndRemoveItsFiles() throws Exception {
    String status;
    String id;
    long done;
    System.setProperty(ExportPages.PAGE_SIZE_PROPERTY, SMALL_PAGES);
    try {
      status = BulkData.started(INSURER, base, "fhir/$export");
      id = BulkData.jobId(status);
      waitUntil("the export's first page", () -> reread(id).getPatientsDone() > 0);

      transaction.begin();
      BulkExport running = em.find(BulkExport.class, id, LockModeType.PESSIMISTIC_WRITE);
      assertThat(running.getStatus()).isEqualTo(ExportStatus.RUNNING);
      done = running.getPatientsDone();
      assertThat(done).as("patients written").isLessThan(running.getPatientsTotal());
      assertThat(folder(id)).isDirectory();
      assertThat(TestData.as(INSURER, () -> exports.cancel(id)))
          .as("files for the canceller to remove")
          .isFalse();
      transaction.commit();
    } finally {
      if (transaction.getStatus() == Status.STATUS_ACTIVE) {
        transaction.rollback();
      }
      System.clearProperty(ExportPages.PAGE_SIZE_PROPERTY);
    }

    waitUntil("the writer removing its files", () -> !Files.exists(folder(id)));
    BulkExport cancelled = reread(id);
    assertThat(cancelled.getStatus()).isEqualTo(ExportStatus.CANCELLED);
    assertThat(cancelled.getPatientsDone()).as("patients counted after the cancel").isEqualTo(done);
    assertThat(
            em.createQuery("select count(a) from AuditEvent a where a.detail = :detail", Long.class)
                .setParameter("detail", "bulk export " + id)
                .getSingleResult())
        .as("patients audited as exported")
        .isEqualTo(done);
    assertThat(BulkData.poll(INSURER, status).statusCode()).isEqualTo(404);
    assertThat(BulkData.cancel(INSURER, status).statusCode()).isEqualTo(404);
  }

  private BulkExport reread(String id) {
    return em.find(BulkExport.class, id);
  }

  /** Where the server writes an export's files (no dmp.export.dir on the test server). */
  private static Path folder(String id) {
    return Path.of(System.getProperty("jboss.server.data.dir"), "bulk-export", id);
  }

  private static void waitUntil(String what, BooleanSupplier condition)
      throws InterruptedException {
    Instant giveUp = Instant.now().plus(DEADLINE);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(giveUp)) {
        throw new AssertionError("no " + what + " within " + DEADLINE);
      }
      Thread.sleep(20);
    }
  }
}
