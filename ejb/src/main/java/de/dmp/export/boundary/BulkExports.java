package de.dmp.export.boundary;

import de.dmp.audit.boundary.AuditLog;
import de.dmp.export.entity.BulkExport;
import de.dmp.export.entity.ExportStatus;
import de.dmp.identity.entity.Caller;
import de.dmp.platform.boundary.NotFoundException;
import de.dmp.platform.control.ServerNode;
import de.dmp.security.control.AccessPolicy;
import de.dmp.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * FHIR Bulk Data exports of the patients the caller may see (their practice's, or an insurer's
 * members with a valid consent): accepted at once, written page by page in the background, each
 * page in a transaction of its own so that memory stays flat and progress shows; only the owner
 * sees, polls or cancels an export.
 */
@Stateless
@RolesAllowed({Role.DOCTOR_NAME, Role.STAFF_NAME, Role.INSURER_NAME})
public class BulkExports {

  private static final Logger LOGGER = Logger.getLogger(BulkExports.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private AccessPolicy access;
  @Inject private ExportPages pages;
  @Inject private AuditLog auditLog;
  @Inject private Clock clock;

  /**
   * Accepts an export; {@link #run} writes it. Patients it names that the caller may not export
   * (not theirs, not in the group, or unknown) refuse it, all of them named, and nothing is stored.
   */
  public BulkExport start(@NotNull @Valid ExportRequest request) {
    Caller caller = access.caller();
    if (request.insurerGroup() != null) {
      access.requireInsurer(
          request.insurerGroup(), "export the members of insurer " + request.insurerGroup());
    }
    var export =
        new BulkExport(
            caller.username(),
            request.requestUrl(),
            request.types(),
            request.since(),
            request.programme(),
            request.patients(),
            request.patients().isEmpty()
                ? pages.patientCount(request.programme())
                : request.patients().size(),
            ServerNode.name(),
            clock.instant());
    em.persist(export);
    if (export.namesPatients()) {
      refuseBeyondReach(export);
    }
    return export;
  }

  private void refuseBeyondReach(BulkExport export) {
    List<Long> beyond =
        export.namedBeyond(pages.patientIds(export, 0, (int) export.getPatientsTotal()));
    if (!beyond.isEmpty()) {
      beyond.forEach(
          id -> auditLog.denied("Patient", String.valueOf(id), id, "export patient " + id));
      throw new PatientsBeyondReachException(beyond);
    }
  }

  /**
   * Writes the export page by page into the sink, in the background as the caller; stops when it is
   * cancelled, and discards what was written when it fails or is cancelled.
   */
  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void run(String exportId, ExportSink sink) {
    try {
      Long after = 0L;
      while (after != null) {
        after = pages.next(exportId, after, sink);
      }
      if (!pages.complete(exportId, sink.counts())) {
        sink.discard();
      }
    } catch (RuntimeException e) {
      String reference = UUID.randomUUID().toString();
      LOGGER.log(Level.SEVERE, "Bulk export " + exportId + " failed, reference " + reference, e);
      sink.discard();
      pages.fail(
          exportId, "The export failed; the server log names the error under " + reference + ".");
    }
  }

  /** The caller's own export; another user's is not found. */
  public BulkExport export(@NotNull String exportId) {
    return owned(exportId, LockModeType.NONE);
  }

  /**
   * Cancels the caller's export, running or finished; a cancelled one is not found. True when its
   * files are for the caller to remove: a running export's writer removes them itself when it sees
   * the cancel, at its next page.
   */
  public boolean cancel(@NotNull String exportId) {
    BulkExport export = owned(exportId, LockModeType.PESSIMISTIC_WRITE);
    if (export.getStatus() == ExportStatus.CANCELLED) {
      throw new NotFoundException("export", exportId);
    }
    return export.cancel(clock.instant());
  }

  private BulkExport owned(String exportId, LockModeType lock) {
    BulkExport export = em.find(BulkExport.class, exportId, lock);
    if (export == null || !export.isOwnedBy(access.caller().username())) {
      throw new NotFoundException("export", exportId);
    }
    return export;
  }
}
