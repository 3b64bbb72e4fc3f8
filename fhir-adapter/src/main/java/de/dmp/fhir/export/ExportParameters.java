package de.dmp.fhir.export;

import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import de.dmp.export.boundary.ExportRequest;
import de.dmp.fhir.Ids;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hl7.fhir.instance.model.api.IIdType;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/**
 * The parameters of a kick-off that {@code $export} reads, as HAPI hands them over (null when not
 * sent), and the export they ask for; what cannot be honoured is refused with 400, never ignored.
 */
record ExportParameters(
    StringType type,
    InstantType since,
    StringType outputFormat,
    StringType typeFilter,
    List<Reference> patients) {

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

  boolean namesPatients() {
    return patients != null && !patients.isEmpty();
  }

  /**
   * The export asked for by the request at that URL, of a programme ('' for all) or an insurer's
   * group (null when none).
   */
  ExportRequest toRequest(String requestUrl, String programme, Long insurerGroup) {
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
    return new ExportRequest(
        requestUrl,
        types(),
        since == null ? null : since.getValue().toInstant(),
        programme,
        insurerGroup,
        patientIds());
  }

  private Set<String> types() {
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

  /** The ids of the patients named, e.g. {@code Patient/42}; 400 for anything else. */
  private Set<Long> patientIds() {
    Set<Long> ids = new TreeSet<>();
    for (Reference patient : namesPatients() ? patients : List.<Reference>of()) {
      IIdType id = patient.getReferenceElement();
      Long number = Ids.numericOrNull(id.getIdPart());
      if (!"Patient".equals(id.getResourceType()) || number == null) {
        throw new InvalidRequestException(
            "patient must reference a patient by id, e.g. Patient/42, not "
                + (patient.hasReference() ? patient.getReference() : "an empty reference")
                + ".");
      }
      ids.add(number);
    }
    return ids;
  }
}
