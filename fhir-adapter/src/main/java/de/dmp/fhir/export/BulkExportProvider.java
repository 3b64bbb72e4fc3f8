package de.dmp.fhir.export;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.RequestTypeEnum;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import de.dmp.audit.boundary.AuditLog;
import de.dmp.export.boundary.BulkExports;
import de.dmp.export.entity.BulkExport;
import de.dmp.export.entity.ExportStatus;
import de.dmp.fhir.ManualResponses;
import de.dmp.fhir.ScopedRequests;
import de.dmp.fhir.practice.OrganizationTranslator;
import de.dmp.programme.boundary.Programmes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/**
 * FHIR Bulk Data Access: {@code $export} at system, Patient and Group level (the async pattern: 202
 * with Content-Location, polling with progress, a manifest of NDJSON files, DELETE to cancel),
 * {@code $export-poll-status} and {@code $export-download}. The boundary decides whose data an
 * export holds; only the user who started one polls, downloads or cancels it.
 */
@ApplicationScoped
public class BulkExportProvider {

  private static final String PROGRAMME_GROUP = "programme-";

  /** The type of the error file's resources, as the manifest names it. */
  private static final String ERRORS = "OperationOutcome";

  @Inject private BulkExports exports;
  @Inject private Programmes programmes;
  @Inject private AuditLog auditLog;

  /** Every patient the caller may see; naming patients needs the Patient or a Group level. */
  @Operation(name = "$export", manualResponse = true, idempotent = true)
  public void exportAll(
      @OperationParam(name = "_type") StringType type,
      @OperationParam(name = "_since") InstantType since,
      @OperationParam(name = "_outputFormat") StringType outputFormat,
      @OperationParam(name = "_typeFilter") StringType typeFilter,
      @OperationParam(name = "patient", max = OperationParam.MAX_UNLIMITED)
          List<Reference> patients,
      ServletRequestDetails request) {
    var parameters = new ExportParameters(type, since, outputFormat, typeFilter, patients);
    if (parameters.namesPatients()) {
      throw new InvalidRequestException(
          "patient cannot be used with a system-level $export; send it to [base]/Patient/$export"
              + " or [base]/Group/<id>/$export.");
    }
    start(request, parameters, "", null);
  }

  @Operation(name = "$export", type = Patient.class, manualResponse = true, idempotent = true)
  public void exportPatients(
      @OperationParam(name = "_type") StringType type,
      @OperationParam(name = "_since") InstantType since,
      @OperationParam(name = "_outputFormat") StringType outputFormat,
      @OperationParam(name = "_typeFilter") StringType typeFilter,
      @OperationParam(name = "patient", max = OperationParam.MAX_UNLIMITED)
          List<Reference> patients,
      ServletRequestDetails request) {
    start(request, new ExportParameters(type, since, outputFormat, typeFilter, patients), "", null);
  }

  /**
   * A group's export: {@code Group/insurer-<id>} the insurer's members (for that insurer's users),
   * {@code Group/programme-<code>} the patients the caller may see who are enrolled in the
   * programme, with that programme's records only.
   */
  @Operation(name = "$export", type = Group.class, manualResponse = true, idempotent = true)
  public void exportGroup(
      @IdParam IdType group,
      @OperationParam(name = "_type") StringType type,
      @OperationParam(name = "_since") InstantType since,
      @OperationParam(name = "_outputFormat") StringType outputFormat,
      @OperationParam(name = "_typeFilter") StringType typeFilter,
      @OperationParam(name = "patient", max = OperationParam.MAX_UNLIMITED)
          List<Reference> patients,
      ServletRequestDetails request) {
    var parameters = new ExportParameters(type, since, outputFormat, typeFilter, patients);
    String id = group.getIdPart();
    Optional<Long> insurer = OrganizationTranslator.insurerId(id);
    if (insurer.isPresent()) {
      start(request, parameters, "", insurer.get());
    } else if (id.startsWith(PROGRAMME_GROUP)) {
      String programme = id.substring(PROGRAMME_GROUP.length());
      if (programmes.all().stream().noneMatch(p -> p.code().equals(programme))) {
        throw new ResourceNotFoundException(group);
      }
      start(request, parameters, programme, null);
    } else {
      throw new ResourceNotFoundException(group);
    }
  }

  private void start(
      ServletRequestDetails request,
      ExportParameters parameters,
      String programme,
      Long insurerGroup) {
    ScopedRequests.refuseExportBeyondScopes(
        request.getServletRequest(),
        parameters.type() == null ? null : parameters.type().getValue(),
        auditLog);
    KickOff kickOff = KickOff.of(request);
    if (!kickOff.respondAsync()) {
      throw new InvalidRequestException(
          "$export runs asynchronously: send the header Prefer: respond-async.");
    }
    kickOff.refuseUnsupportedUnlessLenient();
    BulkExport export =
        exports.start(parameters.toRequest(request.getCompleteUrl(), programme, insurerGroup));
    var sink = new NdjsonExport(files(export), export.getResourceTypes(), programmes);
    OperationOutcome ignored = kickOff.ignored();
    if (ignored != null) {
      sink.report(ignored);
    }
    exports.run(export.getId(), sink);
    HttpServletResponse response = request.getServletResponse();
    response.setStatus(HttpServletResponse.SC_ACCEPTED);
    response.setHeader(Constants.HEADER_CONTENT_LOCATION, pollUrl(request, export));
  }

  /**
   * The status of the caller's export: 202 with X-Progress while it runs, 200 with the manifest
   * when it is complete, 500 with the reason when it failed (and its partial files are removed);
   * DELETE cancels it (202, then 404): a finished export's files go here, a running one's writer
   * removes its own when it sees the cancel.
   */
  @Operation(
      name = "$export-poll-status",
      manualResponse = true,
      idempotent = true,
      deleteEnabled = true)
  public void pollStatus(
      @OperationParam(name = "_jobId", min = 1) StringType jobId, ServletRequestDetails request)
      throws IOException {
    HttpServletResponse response = request.getServletResponse();
    if (request.getRequestType() == RequestTypeEnum.DELETE) {
      if (exports.cancel(jobId.getValue())) {
        ExportFiles.of(jobId.getValue()).delete();
      }
      response.setStatus(HttpServletResponse.SC_ACCEPTED);
      return;
    }
    BulkExport export = exports.export(jobId.getValue());
    switch (export.getStatus()) {
      case RUNNING -> {
        response.setStatus(HttpServletResponse.SC_ACCEPTED);
        response.setHeader(
            "X-Progress",
            export.percentDone()
                + "% ("
                + export.getPatientsDone()
                + " of "
                + export.getPatientsTotal()
                + " patients)");
        response.setHeader("Retry-After", "2");
      }
      case COMPLETE ->
          ManualResponses.write(
              response, HttpServletResponse.SC_OK, Constants.CT_JSON, manifest(request, export));
      case FAILED -> {
        // what a killed server left half written goes once its owner has learnt of the failure
        files(export).delete();
        ManualResponses.outcome(
            response,
            HttpServletResponse.SC_INTERNAL_SERVER_ERROR,
            OperationOutcome.IssueSeverity.ERROR,
            OperationOutcome.IssueType.EXCEPTION,
            export.getError());
      }
      case CANCELLED ->
          throw new ResourceNotFoundException("There is no export " + jobId.getValue() + ".");
    }
  }

  /** One NDJSON file of the caller's complete export. */
  @Operation(name = "$export-download", manualResponse = true, idempotent = true)
  public void download(
      @OperationParam(name = "_jobId", min = 1) StringType jobId,
      @OperationParam(name = "_type", min = 1) StringType type,
      ServletRequestDetails request)
      throws IOException {
    BulkExport export = exports.export(jobId.getValue());
    Long count = export.getOutput().get(type.getValue());
    if (export.getStatus() != ExportStatus.COMPLETE || count == null) {
      throw new ResourceNotFoundException(
          "Export " + jobId.getValue() + " has no file of " + type.getValue() + ".");
    }
    HttpServletResponse response = request.getServletResponse();
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType(ExportParameters.NDJSON);
    Path file = files(export).existing(type.getValue());
    response.setContentLengthLong(Files.size(file));
    try (OutputStream out = response.getOutputStream()) {
      Files.copy(file, out);
    }
  }

  private String manifest(ServletRequestDetails request, BulkExport export) {
    return Json.createObjectBuilder()
        .add(
            "transactionTime", new InstantType(Date.from(export.getCreatedAt())).getValueAsString())
        .add("request", export.getRequestUrl())
        .add("requiresAccessToken", true)
        .add("output", manifestEntries(request, export, export.getResourceTypes()))
        .add("error", manifestEntries(request, export, Set.of(ERRORS)))
        .build()
        .toString();
  }

  /** The manifest's entries of the files of these types that the export wrote. */
  private static JsonArrayBuilder manifestEntries(
      ServletRequestDetails request, BulkExport export, Set<String> types) {
    var entries = Json.createArrayBuilder();
    types.stream()
        .filter(type -> export.getOutput().containsKey(type))
        .forEach(
            type ->
                entries.add(
                    Json.createObjectBuilder()
                        .add("type", type)
                        .add(
                            "url",
                            request.getFhirServerBase()
                                + "/$export-download?_jobId="
                                + export.getId()
                                + "&_type="
                                + type)
                        .add("count", export.getOutput().get(type))));
    return entries;
  }

  private static String pollUrl(ServletRequestDetails request, BulkExport export) {
    return request.getFhirServerBase() + "/$export-poll-status?_jobId=" + export.getId();
  }

  private static ExportFiles files(BulkExport export) {
    return ExportFiles.of(export.getId());
  }
}
