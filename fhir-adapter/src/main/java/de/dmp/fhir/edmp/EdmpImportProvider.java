package de.dmp.fhir.edmp;

import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import de.dmp.edmp.boundary.EdmpImports;
import de.dmp.edmp.boundary.ImportFile;
import de.dmp.edmp.boundary.ImportResult;
import de.dmp.fhir.ManualResponses;
import de.dmp.fhir.practice.OrganizationTranslator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.StringType;

/**
 * {@code POST [base]/$import-edmp}: the body is one eDMP file or a zip archive of them, as sent by
 * {@code curl --data-binary @file}; its name comes from {@code Content-Disposition: attachment;
 * filename="..."} (or the {@code filename} parameter). A doctor imports into their practice, an
 * administrator into {@code ?practice=Organization/practice-<id>}. 200 with a Parameters of the
 * counts; a refused file 422 with an OperationOutcome naming the file, the element and why, and
 * nothing stored (docs/fhir.md).
 */
@ApplicationScoped
public class EdmpImportProvider {

  private static final Pattern FILENAME = Pattern.compile("filename=\"?([^\";]+)\"?");

  @Inject private EdmpImports imports;

  @Operation(name = "$import-edmp", manualRequest = true, manualResponse = true)
  public void importFiles(ServletRequestDetails request) throws IOException {
    byte[] content = request.loadRequestContents();
    ImportResult result =
        imports.importFiles(practice(request), List.of(new ImportFile(fileName(request), content)));
    var parameters = new Parameters();
    parameters.addParameter("patientsCreated", new IntegerType(result.patientsCreated()));
    parameters.addParameter("patientsMatched", new IntegerType(result.patientsMatched()));
    parameters.addParameter("enrolmentsCreated", new IntegerType(result.enrolmentsCreated()));
    parameters.addParameter("enrolmentsReused", new IntegerType(result.enrolmentsReused()));
    parameters.addParameter("documentations", new IntegerType(result.documentations()));
    result.skipped().forEach(name -> parameters.addParameter("skipped", new StringType(name)));
    ManualResponses.write(
        request.getServletResponse(),
        HttpServletResponse.SC_OK,
        Constants.CT_FHIR_JSON_NEW,
        request.getFhirContext().newJsonParser().encodeResourceToString(parameters));
  }

  private static String fileName(ServletRequestDetails request) {
    String given = request.getServletRequest().getParameter("filename");
    if (given != null && !given.isBlank()) {
      return given.strip();
    }
    String disposition = request.getHeader("Content-Disposition");
    Matcher matcher = FILENAME.matcher(disposition == null ? "" : disposition);
    if (matcher.find()) {
      return matcher.group(1).strip();
    }
    String type = request.getHeader(Constants.HEADER_CONTENT_TYPE);
    return type != null && type.contains("zip") ? "upload.zip" : "upload";
  }

  private static Long practice(ServletRequestDetails request) {
    String given = request.getServletRequest().getParameter("practice");
    if (given == null || given.isBlank()) {
      return null;
    }
    String id = given.strip().replaceFirst("^Organization/", "");
    if (!id.matches(OrganizationTranslator.PRACTICE_PREFIX + "\\d{1,18}")) {
      throw new InvalidRequestException(
          "practice must be a practice's Organization, e.g. Organization/practice-2; was " + given);
    }
    return Long.valueOf(id.substring(OrganizationTranslator.PRACTICE_PREFIX.length()));
  }
}
