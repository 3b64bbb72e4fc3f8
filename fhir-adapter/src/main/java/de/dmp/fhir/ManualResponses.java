package de.dmp.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.Constants;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/** Writing the answer of an operation that answers for itself ({@code manualResponse}). */
public final class ManualResponses {

  private ManualResponses() {}

  public static void write(
      HttpServletResponse response, int status, String contentType, String body)
      throws IOException {
    response.setStatus(status);
    response.setContentType(contentType);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(body);
    response.getWriter().close();
  }

  /** An OperationOutcome of one issue as the answer. */
  public static void outcome(
      HttpServletResponse response,
      int status,
      IssueSeverity severity,
      IssueType type,
      String diagnostics)
      throws IOException {
    var outcome = new OperationOutcome();
    outcome.addIssue().setSeverity(severity).setCode(type).setDiagnostics(diagnostics);
    write(
        response,
        status,
        Constants.CT_FHIR_JSON_NEW,
        FhirContext.forR4Cached().newJsonParser().encodeResourceToString(outcome));
  }
}
