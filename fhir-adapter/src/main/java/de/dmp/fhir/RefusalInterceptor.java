package de.dmp.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import de.dmp.enrolment.boundary.EnrolmentRefusedException;
import de.dmp.platform.boundary.AlreadyRegisteredException;
import de.dmp.platform.boundary.ConcurrentChangeException;
import de.dmp.platform.boundary.NotFoundException;
import de.dmp.platform.entity.IllegalTransitionException;
import de.dmp.security.boundary.AccessDeniedException;
import jakarta.ejb.EJBAccessException;

/**
 * Turns the boundaries' named refusals into the HTTP answers FHIR clients expect: 403 for a role or
 * scope that does not allow the call (naming no patient data), 404 for an unknown record, 409 for a
 * taken key or a concurrent change, 422 for a rule of the programme.
 */
@Interceptor
public class RefusalInterceptor {

  static final String FORBIDDEN = "Your account is not allowed to do this.";

  @Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
  public BaseServerResponseException toHttpAnswer(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      BaseServerResponseException answer = answerFor(cause);
      if (answer != null) {
        return answer;
      }
    }
    return null;
  }

  private static BaseServerResponseException answerFor(Throwable cause) {
    if (cause instanceof AccessDeniedException || cause instanceof EJBAccessException) {
      return new ForbiddenOperationException(FORBIDDEN);
    }
    if (cause instanceof NotFoundException) {
      return new ResourceNotFoundException(cause.getMessage());
    }
    if (cause instanceof AlreadyRegisteredException || cause instanceof ConcurrentChangeException) {
      return new ResourceVersionConflictException(cause.getMessage());
    }
    if (cause instanceof EnrolmentRefusedException || cause instanceof IllegalTransitionException) {
      return new UnprocessableEntityException(cause.getMessage());
    }
    return null;
  }
}
