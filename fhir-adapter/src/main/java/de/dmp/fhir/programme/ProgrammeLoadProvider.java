package de.dmp.fhir.programme;

import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import de.dmp.fhir.ManualResponses;
import de.dmp.fhir.documentation.QuestionnaireTranslator;
import de.dmp.programme.boundary.Programmes;
import de.dmp.programme.entity.ProgrammeDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * {@code POST [base]/$load-programme-definition}: an administrator loads a new programme, or a new
 * version of one, as the JSON of a definition file (docs/programmes.md). 201 when it is in the
 * catalogue, 422 naming every problem when it cannot be used (a version that exists is one).
 */
@ApplicationScoped
public class ProgrammeLoadProvider {

  @Inject private Programmes programmes;

  @Operation(name = "$load-programme-definition", manualRequest = true, manualResponse = true)
  public void load(ServletRequestDetails request) throws IOException {
    ProgrammeDefinition loaded =
        programmes.add(new String(request.loadRequestContents(), StandardCharsets.UTF_8));
    HttpServletResponse response = request.getServletResponse();
    response.setHeader(
        Constants.HEADER_CONTENT_LOCATION,
        request.getFhirServerBase()
            + "/Questionnaire?url="
            + QuestionnaireTranslator.URL_BASE
            + loaded.code()
            + "-FD");
    ManualResponses.outcome(
        response,
        HttpServletResponse.SC_CREATED,
        OperationOutcome.IssueSeverity.INFORMATION,
        OperationOutcome.IssueType.INFORMATIONAL,
        "Loaded "
            + loaded.code()
            + " "
            + loaded.version()
            + ", in force from "
            + loaded.validFrom()
            + ".");
  }
}
