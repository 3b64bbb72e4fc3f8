package de.dmp.audit.boundary;

import de.dmp.audit.control.AuditTrail;
import de.dmp.audit.entity.AuditAction;
import de.dmp.audit.entity.AuditEvent;
import de.dmp.identity.control.CurrentCaller;
import de.dmp.identity.entity.Caller;
import de.dmp.security.entity.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/** The audit trail: refusals recorded on their own, and reading it for administrators. */
@Stateless
public class AuditLog {

  @PersistenceContext private EntityManager em;
  @Inject private CurrentCaller current;
  @Inject private AuditTrail trail;

  /**
   * Records a read refused to the current caller in a transaction of its own, so that it stays
   * although the refused call is rolled back.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void denied(String resourceType, String resourceId, Long patientId, String what) {
    trail.denied(caller(), AuditAction.READ, resourceType, resourceId, patientId, what);
  }

  /**
   * Records a call that the caller's role does not allow at all: the container refuses it before
   * any boundary code runs, so the entry points (FHIR) report it here.
   */
  @PermitAll
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void roleRefused(
      AuditAction action, String resourceType, String resourceId, Long patientId, String what) {
    trail.denied(caller(), action, resourceType, resourceId, patientId, what);
  }

  /** Who is refused: only a user with an account gets as far as a refusal. */
  private Caller caller() {
    return current
        .find()
        .orElseThrow(() -> new IllegalStateException("a refusal without an active account"));
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public List<AuditEvent> events(@PositiveOrZero int first, @Max(500) int max) {
    return em.createNamedQuery(AuditEvent.FIND_ALL, AuditEvent.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public long count() {
    return em.createNamedQuery(AuditEvent.COUNT_ALL, Long.class).getSingleResult();
  }

  @RolesAllowed(Role.ADMIN_NAME)
  public List<AuditEvent> forPatient(long patientId) {
    return em.createNamedQuery(AuditEvent.FIND_BY_PATIENT, AuditEvent.class)
        .setParameter("patientId", patientId)
        .getResultList();
  }
}
