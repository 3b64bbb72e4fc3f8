package de.dmp.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import de.dmp.audit.boundary.AuditLog;
import de.dmp.audit.entity.AuditAction;
import jakarta.ejb.EJBAccessException;
import java.util.Map;
import java.util.Objects;

/**
 * Writes a refusal by role ({@code @RolesAllowed}, e.g. an insurer creating a patient) to the audit
 * trail: the container refuses such a call before any boundary code could record it. Scope refusals
 * are recorded by the boundaries themselves. Runs before {@link RefusalInterceptor} translates the
 * exception, and changes nothing of the answer.
 */
@Interceptor
public class RoleRefusalAudit {

  private static final Map<RestOperationTypeEnum, AuditAction> ACTIONS =
      Map.of(
          RestOperationTypeEnum.READ, AuditAction.READ,
          RestOperationTypeEnum.VREAD, AuditAction.READ,
          RestOperationTypeEnum.CREATE, AuditAction.CREATE,
          RestOperationTypeEnum.UPDATE, AuditAction.UPDATE,
          RestOperationTypeEnum.DELETE, AuditAction.DELETE);

  private final AuditLog auditLog;

  public RoleRefusalAudit(AuditLog auditLog) {
    this.auditLog = auditLog;
  }

  @Hook(value = Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION, order = -1)
  public BaseServerResponseException audit(RequestDetails request, Throwable exception) {
    if (refusedByRole(exception)) {
      String id = request.getId() == null ? null : request.getId().getIdPart();
      auditLog.roleRefused(
          action(request.getRestOperationType()),
          Objects.requireNonNullElse(
              request.getResourceName(),
              Objects.requireNonNullElse(request.getOperation(), "system")),
          id,
          "Patient".equals(request.getResourceName()) ? Ids.numericOrNull(id) : null,
          request.getRequestType() + " " + request.getRequestPath());
    }
    return null;
  }

  /** Searches and operations read; the writes are named as such. */
  static AuditAction action(RestOperationTypeEnum operation) {
    return operation == null
        ? AuditAction.READ
        : ACTIONS.getOrDefault(operation, AuditAction.SEARCH);
  }

  private static boolean refusedByRole(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof EJBAccessException) {
        return true;
      }
    }
    return false;
  }
}
