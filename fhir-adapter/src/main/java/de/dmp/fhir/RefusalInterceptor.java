package de.dmp.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import ca.uhn.fhir.rest.server.exceptions.UnclassifiedServerFailureException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import de.dmp.documentation.boundary.InvalidDocumentationException;
import de.dmp.edmp.entity.EdmpRefusedException;
import de.dmp.enrolment.boundary.EnrolmentRefusedException;
import de.dmp.export.boundary.PatientsBeyondReachException;
import de.dmp.fhir.TransactionBundles.EntryName;
import de.dmp.platform.boundary.AlreadyRegisteredException;
import de.dmp.platform.boundary.ConcurrentChangeException;
import de.dmp.platform.boundary.DatabaseOutOfReach;
import de.dmp.platform.boundary.NotFoundException;
import de.dmp.platform.entity.DefinitionProblem;
import de.dmp.platform.entity.IllegalTransitionException;
import de.dmp.programme.boundary.InvalidProgrammeException;
import de.dmp.programme.boundary.UnknownProgrammeException;
import de.dmp.security.boundary.AccessDeniedException;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * Turns the boundaries' refusals into the HTTP answers FHIR clients expect, instead of the 500 that
 * an exception from a boundary would otherwise become: 422 with an OperationOutcome naming every
 * failing FHIR element for invalid input, every failing field of a documentation at its
 * QuestionnaireResponse item, every problem of a programme definition an administrator loads; 400
 * for an unreadable parameter (a date that is none) or an unknown programme; 403 for a role or
 * scope that does not allow the call (naming no patient data); 404 for an unknown record; 409 for a
 * taken key or a concurrent request that changed the same records first; 412 for a change made
 * since the version the caller named in If-Match; 422 for a rule of the programme, and for an
 * export naming patients the caller may not export. Any other failure is answered 500 with a
 * reference to the log, never with its message or stack trace.
 */
@Interceptor
public class RefusalInterceptor {

  static final String FORBIDDEN = "Your account is not allowed to do this.";
  static final String CHANGED_MEANWHILE =
      "Another request changed the same records (for example the patient's follow-ups) at the"
          + " same moment; nothing of this request was stored. Send it again.";
  private static final int INTERNAL_ERROR = 500;
  private static final int SERVICE_UNAVAILABLE = 503;
  private static final Logger LOGGER = Logger.getLogger(RefusalInterceptor.class.getName());

  private final Map<String, String> fhirPathByField;

  /**
   * @param fhirPathByField the FHIR element of each domain input field, keyed "Class.field" (e.g.
   *     "NewPatient.familyName" to "Patient.name.family")
   */
  public RefusalInterceptor(Map<String, String> fhirPathByField) {
    this.fhirPathByField = Map.copyOf(fhirPathByField);
  }

  @Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
  public BaseServerResponseException toHttpAnswer(RequestDetails request, Throwable exception) {
    return toHttpAnswer(exception, Language.of(request));
  }

  /**
   * The answer to a failure, its refused documentation fields in the language given (the others in
   * English); null for an answer HAPI already gives as it should.
   */
  public BaseServerResponseException toHttpAnswer(Throwable exception, Locale language) {
    if (DatabaseOutOfReach.in(exception)) {
      return databaseOutOfReach(exception);
    }
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      BaseServerResponseException answer = answerFor(cause, language);
      if (answer != null) {
        return answer;
      }
    }
    if (exception instanceof BaseServerResponseException answer
        && answer.getStatusCode() != INTERNAL_ERROR) {
      return null;
    }
    return unexpected(exception);
  }

  /** Anything else is our fault: logged with a reference, answered without internals. */
  private static BaseServerResponseException unexpected(Throwable exception) {
    String reference = UUID.randomUUID().toString();
    LOGGER.log(Level.SEVERE, "FHIR request failed, reference " + reference, exception);
    return new InternalErrorException(
        "The server could not answer this request; the error is logged under reference "
            + reference
            + ".");
  }

  private BaseServerResponseException answerFor(Throwable cause, Locale language) {
    if (cause instanceof ConstraintViolationException violations) {
      return new UnprocessableEntityException("The resource is not valid", outcome(violations));
    }
    if (cause instanceof AccessDeniedException || cause instanceof EJBAccessException) {
      return new ForbiddenOperationException(FORBIDDEN);
    }
    if (cause instanceof NotFoundException) {
      return new ResourceNotFoundException(cause.getMessage());
    }
    if (cause instanceof AlreadyRegisteredException) {
      return new ResourceVersionConflictException(cause.getMessage());
    }
    if (cause instanceof ConcurrentChangeException) {
      return new PreconditionFailedException(cause.getMessage());
    }
    if (cause instanceof OptimisticLockException) {
      return new ResourceVersionConflictException(CHANGED_MEANWHILE);
    }
    if (cause instanceof DataFormatException) {
      return new InvalidRequestException("A parameter could not be read: " + cause.getMessage());
    }
    if (cause instanceof InvalidDocumentationException invalid) {
      return new UnprocessableEntityException(
          "The documentation was not saved", outcome(invalid, language, programme -> null));
    }
    if (cause instanceof InvalidProgrammeException invalid) {
      return new UnprocessableEntityException(
          "The programme definition cannot be used",
          outcome(invalid.problems().stream().map(DefinitionProblem::toString).toList()));
    }
    if (cause instanceof UnknownProgrammeException) {
      return new InvalidRequestException(cause.getMessage());
    }
    if (cause instanceof EnrolmentRefusedException
        || cause instanceof EdmpRefusedException
        || cause instanceof IllegalTransitionException
        || cause instanceof PatientsBeyondReachException) {
      return new UnprocessableEntityException(cause.getMessage());
    }
    return null;
  }

  /** Not the client's fault and worth another try: 503, nothing stored, a reference for the log. */
  private static BaseServerResponseException databaseOutOfReach(Throwable failure) {
    String reference = UUID.randomUUID().toString();
    LOGGER.warning(() -> "Database out of reach, reference " + reference + ": " + failure);
    return new UnclassifiedServerFailureException(
        SERVICE_UNAVAILABLE,
        "The database cannot be reached just now; nothing of this request was stored. Try again"
            + " shortly (reference "
            + reference
            + ").");
  }

  /**
   * Every failing field of every programme, at its item of the QuestionnaireResponse, with its
   * label and what is wrong in the language given; in a transaction also at the programme's entry
   * (index and fullUrl), which {@code entryOf} names.
   */
  public static OperationOutcome outcome(
      InvalidDocumentationException invalid, Locale language, Function<String, EntryName> entryOf) {
    var outcome = new OperationOutcome();
    invalid
        .getErrorsByProgramme()
        .forEach(
            (programme, errors) -> {
              EntryName entry = entryOf.apply(programme);
              errors.forEach(
                  error -> {
                    String item = "item.where(linkId='" + error.parameter() + "')";
                    var issue =
                        outcome
                            .addIssue()
                            .setSeverity(IssueSeverity.ERROR)
                            .setCode(IssueType.INVALID)
                            .setDiagnostics(programme + " – " + error.text(language));
                    if (entry != null) {
                      issue.setDiagnostics(entry + ": " + issue.getDiagnostics());
                      issue.addExpression(entry.path() + ".resource." + item);
                    }
                    issue.addExpression("QuestionnaireResponse." + item);
                  });
            });
    return outcome;
  }

  private static OperationOutcome outcome(List<String> problems) {
    var outcome = new OperationOutcome();
    problems.forEach(
        problem ->
            outcome
                .addIssue()
                .setSeverity(IssueSeverity.ERROR)
                .setCode(IssueType.INVALID)
                .setDiagnostics(problem));
    return outcome;
  }

  OperationOutcome outcome(ConstraintViolationException violations) {
    var outcome = new OperationOutcome();
    violations.getConstraintViolations().stream()
        .sorted(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
        .forEach(
            violation ->
                outcome
                    .addIssue()
                    .setSeverity(IssueSeverity.ERROR)
                    .setCode(IssueType.INVALID)
                    .setDiagnostics(violation.getMessage())
                    .addExpression(fhirPath(violation)));
    return outcome;
  }

  private String fhirPath(ConstraintViolation<?> violation) {
    String field = null;
    for (Path.Node node : violation.getPropertyPath()) {
      field = node.getName();
    }
    String key = violation.getLeafBean().getClass().getSimpleName() + "." + field;
    return fhirPathByField.getOrDefault(key, key);
  }
}
