package de.dmp.fhir;

import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import java.util.Set;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * FHIR's {@code $validate}: the write is checked as it would run, and what would refuse its content
 * (400, 404, 409, 422) is answered as the OperationOutcome of a successful validation; a refusal of
 * the caller (403) or a server fault stays what it is.
 */
public final class Validation {

  private static final Set<Integer> REFUSED_CONTENT = Set.of(400, 404, 409, 422);

  private Validation() {}

  /** The check's problems, the refused documentation fields in the request's language. */
  public static OperationOutcome outcome(RequestDetails request, Runnable check) {
    try {
      check.run();
    } catch (RuntimeException refused) {
      BaseServerResponseException answer =
          FhirServlet.REFUSALS.toHttpAnswer(refused, Language.of(request));
      if (answer == null && refused instanceof BaseServerResponseException own) {
        answer = own;
      }
      if (answer == null || !REFUSED_CONTENT.contains(answer.getStatusCode())) {
        throw answer == null ? refused : answer;
      }
      return problems(answer);
    }
    var valid = new OperationOutcome();
    valid
        .addIssue()
        .setSeverity(IssueSeverity.INFORMATION)
        .setCode(IssueType.INFORMATIONAL)
        .setDiagnostics("No problems found: the server would accept this.");
    return valid;
  }

  private static OperationOutcome problems(BaseServerResponseException answer) {
    if (answer.getOperationOutcome() instanceof OperationOutcome outcome && outcome.hasIssue()) {
      return outcome;
    }
    var outcome = new OperationOutcome();
    outcome
        .addIssue()
        .setSeverity(IssueSeverity.ERROR)
        .setCode(IssueType.INVALID)
        .setDiagnostics(answer.getMessage());
    return outcome;
  }
}
