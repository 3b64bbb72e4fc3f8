package de.dmp.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * Answers a request that breaks a domain constraint with 422 and an OperationOutcome naming every
 * failing element, instead of the 500 that an exception from a boundary would otherwise become.
 */
@Interceptor
public class InvalidInputInterceptor {

  private final Map<String, String> fhirPathByField;

  /**
   * @param fhirPathByField the FHIR element of each domain input field, keyed "Class.field" (e.g.
   *     "NewPatient.familyName" to "Patient.name.family")
   */
  public InvalidInputInterceptor(Map<String, String> fhirPathByField) {
    this.fhirPathByField = Map.copyOf(fhirPathByField);
  }

  @Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
  public BaseServerResponseException toUnprocessableEntity(Throwable exception) {
    return constraintViolation(exception)
        .<BaseServerResponseException>map(
            violations ->
                new UnprocessableEntityException("The resource is not valid", outcome(violations)))
        .orElse(null);
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

  private static Optional<ConstraintViolationException> constraintViolation(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConstraintViolationException violations) {
        return Optional.of(violations);
      }
    }
    return Optional.empty();
  }
}
