package de.dmp.export.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;

/**
 * What a bulk export is to hold: resources of these types of the patients the caller may see,
 * changed since a point in time (all when null), of one programme ('' for all), and for an
 * insurer's group its id (null when not a group); of the patients named, if any are.
 *
 * @param requestUrl the request as made, for the manifest
 * @param patients the only patients to export, or none for all the caller may see
 */
public record ExportRequest(
    @NotBlank @Size(max = 2000, message = "{dmp.export.url.tooLong}") String requestUrl,
    @NotEmpty(message = "{dmp.export.types.required}") Set<String> types,
    Instant since,
    String programme,
    Long insurerGroup,
    @Size(max = 1000, message = "{dmp.export.patients.tooMany}") Set<Long> patients) {

  public ExportRequest {
    types = Set.copyOf(types);
    patients = Set.copyOf(patients);
    programme = programme == null ? "" : programme;
  }
}
