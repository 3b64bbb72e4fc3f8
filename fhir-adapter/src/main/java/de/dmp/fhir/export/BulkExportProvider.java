package de.dmp.fhir.export;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OperationParam;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.RequestTypeEnum;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.servlet.ServletRequestDetails;
import de.dmp.export.boundary.BulkExports;
import de.dmp.export.boundary.ExportRequest;
import de.dmp.export.entity.BulkExport;
import de.dmp.export.entity.ExportStatus;
import de.dmp.fhir.ManualResponses;
import de.dmp.fhir.practice.OrganizationTranslator;
import de.dmp.programme.boundary.Programmes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.StringType;

/**
 * FHIR Bulk Data Access: {@code $export} at system, Patient and Group level (the async pattern: 202
 * with Content-Location, polling with progress, a manifest of NDJSON files, DELETE to cancel),
 * {@code $export-poll-status} and {@code $export-download}. The boundary decides whose data an
 * export holds; only the user who started one polls, downloads or cancels it.
 */
@ApplicationScoped
public class BulkExportProvider {

  /** The resource types an export can hold, in the order the manifest lists them. */
  static final Set<String> TYPES =
      new LinkedHashSet<>(
          Arrays.asList(
              "Patient",
              "Coverage",
              "EpisodeOfCare",
              "Condition",
              "Encounter",
              "QuestionnaireResponse",
              "Observation"));

  static final String NDJSON = "application/fhir+ndjson";
  private static final Set<String> NDJSON_NAMES = Set.of(NDJSON, "application/ndjson", "ndjson");
  private static final String PROGRAMME_GROUP = "programme-";

  @Inject private BulkExports exports;
  @Inject private Programmes programmes;

  @Operation(name = "$export", manualResponse = true, idempotent = true)
  public void exportAll(
      @OperationParam(name = "_type") StringType type,
      @OperationParam(name = "_since") InstantType since,
      @OperationParam(name = "_outputFormat") StringType outputFormat,
      @OperationParam(name = "_typeFilter") StringType typeFilter,
      ServletRequestDetails request) {
    start(request, type, since, outputFormat, typeFilter, "", null);
  }

  @Operation(name = "$export", type = Patient.class, manualResponse = true, idempotent = true)
  public void exportPatients(
      @OperationParam(name = "_type") StringType type,
      @OperationParam(name = "_since") InstantType since,
      @OperationParam(name = "_outputFormat") StringType outputFormat,
      @OperationParam(name = "_typeFilter") StringType typeFilter,
      ServletRequestDetails request) {
    start(request, type, since, outputFormat, typeFilter, "", null);
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
      ServletRequestDetails request) {
    String id = group.getIdPart();
    Optional<Long> insurer = OrganizationTranslator.insurerId(id);
    if (insurer.isPresent()) {
      start(request, type, since, outputFormat, typeFilter, "", insurer.get());
    } else if (id.startsWith(PROGRAMME_GROUP)) {
      String programme = id.substring(PROGRAMME_GROUP.length());
      if (programmes.all().stream().noneMatch(p -> p.code().equals(programme))) {
        throw new ResourceNotFoundException(group);
      }
      start(request, type, since, outputFormat, typeFilter, programme, null);
    } else {
      throw new ResourceNotFoundException(group);
    }
  }

  private void start(
      ServletRequestDetails request,
      StringType type,
      InstantType since,
      StringType outputFormat,
      StringType typeFilter,
      String programme,
      Long insurerGroup) {
    String prefer = request.getHeader(Constants.HEADER_PREFER);
    if (prefer == null || !prefer.contains(Constants.HEADER_PREFER_RESPOND_ASYNC)) {
      throw new InvalidRequestException(
          "$export runs asynchronously: send the header Prefer: respond-async.");
    }
    if (outputFormat != null && !NDJSON_NAMES.contains(outputFormat.getValue())) {
      throw new InvalidRequestException(
          "_outputFormat "
              + outputFormat.getValue()
              + " is not offered; the export writes "
              + NDJSON
              + ".");
    }
    if (typeFilter != null) {
      throw new InvalidRequestException(
          "_typeFilter is not supported; use _type and _since, or a Group.");
    }
    if (since != null && since.getValue().toInstant().isAfter(Instant.now())) {
      throw new InvalidRequestException("_since lies in the future.");
    }
    BulkExport export =
        exports.start(
            new ExportRequest(
                request.getCompleteUrl(),
                types(type),
                since == null ? null : since.getValue().toInstant(),
                programme,
                insurerGroup));
    exports.run(
        export.getId(), new NdjsonExport(files(export), export.getResourceTypes(), programmes));
    HttpServletResponse response = request.getServletResponse();
    response.setStatus(HttpServletResponse.SC_ACCEPTED);
    response.setHeader(Constants.HEADER_CONTENT_LOCATION, pollUrl(request, export));
  }

  static Set<String> types(StringType type) {
    if (type == null || type.getValue().isBlank()) {
      return TYPES;
    }
    Set<String> asked = new LinkedHashSet<>();
    for (String name : type.getValue().split(",")) {
      if (!TYPES.contains(name.strip())) {
        throw new InvalidRequestException(
            "_type " + name.strip() + " cannot be exported; the types are " + TYPES + ".");
      }
      asked.add(name.strip());
    }
    return asked;
  }

  /**
   * The status of the caller's export: 202 with X-Progress while it runs, 200 with the manifest
   * when it is complete, 500 with the reason when it failed (and its partial files are removed);
   * DELETE cancels it and removes its files.
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
      BulkExport cancelled = exports.cancel(jobId.getValue());
      files(cancelled).delete();
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
    response.setContentType(NDJSON);
    Path file = files(export).existing(type.getValue());
    response.setContentLengthLong(Files.size(file));
    try (OutputStream out = response.getOutputStream()) {
      Files.copy(file, out);
    }
  }

  private String manifest(ServletRequestDetails request, BulkExport export) {
    var output = Json.createArrayBuilder();
    export.getResourceTypes().stream()
        .filter(type -> export.getOutput().containsKey(type))
        .forEach(
            type ->
                output.add(
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
    return Json.createObjectBuilder()
        .add(
            "transactionTime", new InstantType(Date.from(export.getCreatedAt())).getValueAsString())
        .add("request", export.getRequestUrl())
        .add("requiresAccessToken", true)
        .add("output", output)
        .add("error", Json.createArrayBuilder())
        .build()
        .toString();
  }

  private static String pollUrl(ServletRequestDetails request, BulkExport export) {
    return request.getFhirServerBase() + "/$export-poll-status?_jobId=" + export.getId();
  }

  private static ExportFiles files(BulkExport export) {
    return ExportFiles.of(export.getId());
  }
}
