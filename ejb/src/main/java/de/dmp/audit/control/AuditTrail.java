package de.dmp.audit.control;

import de.dmp.audit.entity.AuditAction;
import de.dmp.audit.entity.AuditEvent;
import de.dmp.security.control.Caller;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;

/**
 * Records successful access to patient data in the caller's transaction: a write and its audit
 * record are stored together or not at all.
 */
@Dependent
public class AuditTrail {

  @Inject private EntityManager em;
  @Inject private Clock clock;

  public void record(
      Caller caller,
      AuditAction action,
      String resourceType,
      Object resourceId,
      Long patientId,
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
            AuditEvent.Outcome.SUCCESS,
            detail));
  }
}
