package de.dmp.audit.control;

import de.dmp.audit.entity.AuditAction;
import de.dmp.audit.entity.AuditEvent;
import de.dmp.identity.entity.Caller;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;

/**
 * Records access to patient data in the current transaction: a write and its audit record are
 * stored together or not at all.
 */
@Dependent
public class AuditTrail {

  @Inject private EntityManager em;
  @Inject private Clock clock;

  /** A successful access. */
  public void record(
      Caller caller,
      AuditAction action,
      String resourceType,
      Object resourceId,
      Long patientId,
      String detail) {
    persist(
        caller, action, resourceType, resourceId, patientId, AuditEvent.Outcome.SUCCESS, detail);
  }

  /** A refused access; {@link de.dmp.audit.boundary.AuditLog} gives it a transaction of its own. */
  public void denied(
      Caller caller,
      AuditAction action,
      String resourceType,
      Object resourceId,
      Long patientId,
      String what) {
    persist(caller, action, resourceType, resourceId, patientId, AuditEvent.Outcome.DENIED, what);
  }

  private void persist(
      Caller caller,
      AuditAction action,
      String resourceType,
      Object resourceId,
      Long patientId,
      AuditEvent.Outcome outcome,
      String detail) {
    em.persist(
        new AuditEvent(
            clock.instant(),
            caller.username(),
            caller.role().name(),
            action,
            resourceType,
            resourceId == null ? null : String.valueOf(resourceId),
            patientId,
            outcome,
            detail));
  }
}
