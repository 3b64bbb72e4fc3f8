package de.dmp.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import de.dmp.platform.boundary.NotFoundException;
import de.dmp.security.boundary.AccessDeniedException;
import jakarta.ejb.EJBAccessException;

/**
 * Answers a refusal of the boundaries with 403 (a role or a scope that does not allow the call) and
 * an unknown record with 404; the message names no patient data.
 */
@Interceptor
public class AccessDeniedInterceptor {

  static final String FORBIDDEN = "Your account is not allowed to do this.";

  @Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
  public BaseServerResponseException toForbidden(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof AccessDeniedException || cause instanceof EJBAccessException) {
        return new ForbiddenOperationException(FORBIDDEN);
      }
      if (cause instanceof NotFoundException notFound) {
        return new ResourceNotFoundException(notFound.getMessage());
      }
    }
    return null;
  }
}
