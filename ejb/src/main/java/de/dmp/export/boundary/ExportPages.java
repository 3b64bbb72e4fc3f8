package de.dmp.export.boundary;

import de.dmp.audit.control.AuditTrail;
import de.dmp.audit.entity.AuditAction;
import de.dmp.export.control.PatientRecordLoader;
import de.dmp.export.entity.BulkExport;
import de.dmp.export.entity.ExportStatus;
import de.dmp.identity.entity.Caller;
import de.dmp.patient.entity.Patient;
import de.dmp.security.control.AccessPolicy;
import de.dmp.security.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One page of a running export per call, each in its own transaction: the next patients of the
 * caller's scope by id, what of them the caller may see, audited per patient.
 */
@Stateless
@RolesAllowed({Role.DOCTOR_NAME, Role.STAFF_NAME, Role.INSURER_NAME})
public class ExportPages {

  /** Patients per page: their documentations with all values fit comfortably in memory. */
  static final int PAGE_SIZE = 100;

  /**
   * The system property that makes pages smaller (or larger); a test makes an export of the demo
   * population run over many pages with it. A value that is no positive number is not used.
   */
  public static final String PAGE_SIZE_PROPERTY = "dmp.export.page-size";

  @PersistenceContext private EntityManager em;
  @Inject private AccessPolicy access;
  @Inject private AuditTrail audit;
  @Inject private PatientRecordLoader records;
  @Inject private Clock clock;

  /** How many patients of the programme the caller reaches. */
  public long patientCount(String programme) {
    Caller caller = access.caller();
    return em.createNamedQuery(
            caller.isPracticeMember()
                ? Patient.COUNT_IN_PRACTICE_AND_PROGRAMME
                : Patient.COUNT_OF_INSURER_AND_PROGRAMME,
            Long.class)
        .setParameter("scopeId", access.patientScope(caller))
        .setParameter("programme", programme)
        .getSingleResult();
  }

  /**
   * Writes the page after patient id {@code after}; the id to continue after, or null when the
   * export has no more patients or is no longer running. The export is locked only once the page is
   * written, to count it: a cancel waits for that moment, never for a whole page.
   */
  public Long next(String exportId, long after, ExportSink sink) {
    BulkExport export = em.find(BulkExport.class, exportId);
    if (export.getStatus() != ExportStatus.RUNNING) {
      return null;
    }
    Caller caller = access.caller();
    List<Long> ids = patientIds(export, after, pageSize());
    if (ids.isEmpty()) {
      return null;
    }
    sink.write(
        records.load(
            caller,
            ids,
            export.getProgrammeCode(),
            export.getSince() == null ? Instant.EPOCH : export.getSince()));
    em.refresh(export, LockModeType.PESSIMISTIC_WRITE);
    if (export.getStatus() != ExportStatus.RUNNING) {
      return null;
    }
    ids.forEach(
        id ->
            audit.record(caller, AuditAction.EXPORT, "Patient", id, id, "bulk export " + exportId));
    export.advance(ids.size(), clock.instant());
    return ids.get(ids.size() - 1);
  }

  private static int pageSize() {
    int configured = Integer.getInteger(PAGE_SIZE_PROPERTY, PAGE_SIZE);
    return configured > 0 ? configured : PAGE_SIZE;
  }

  /**
   * The ids of the patients the export holds after patient id {@code after}, at most {@code max},
   * as the caller reaches them now: of their scope, of the export's programme, and of those it
   * names, if it names any.
   */
  public List<Long> patientIds(BulkExport export, long after, int max) {
    Caller caller = access.caller();
    return em.createNamedQuery(
            caller.isPracticeMember()
                ? Patient.IDS_IN_PRACTICE_AFTER
                : Patient.IDS_OF_INSURER_AFTER,
            Long.class)
        .setParameter("after", after)
        .setParameter("scopeId", access.patientScope(caller))
        .setParameter("programme", export.getProgrammeCode())
        .setParameter("named", export.namesPatients())
        .setParameter("exportId", export.getId())
        .setMaxResults(max)
        .getResultList();
  }

  /** Records what was written; false when the export is no longer running (cancelled). */
  public boolean complete(String exportId, Map<String, Long> written) {
    BulkExport export = em.find(BulkExport.class, exportId, LockModeType.PESSIMISTIC_WRITE);
    export.complete(written, clock.instant());
    return export.getStatus() == ExportStatus.COMPLETE;
  }

  public void fail(String exportId, String reason) {
    em.find(BulkExport.class, exportId, LockModeType.PESSIMISTIC_WRITE)
        .fail(reason, clock.instant());
  }
}
