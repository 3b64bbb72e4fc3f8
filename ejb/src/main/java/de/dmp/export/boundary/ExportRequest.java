package de.dmp.export.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;

/**
 * What a bulk export is to hold: resources of these types of the patients the caller may see,
 * changed since a point in time (all when null), of one programme ('' for all), and for an
 * insurer's group its id (null when not a group).
 *
 * @param requestUrl the request as made, for the manifest
 */
public record ExportRequest(
    @NotBlank @Size(max = 2000, message = "{dmp.export.url.tooLong}") String requestUrl,
    @NotEmpty(message = "{dmp.export.types.required}") Set<String> types,
    Instant since,
    String programme,
    Long insurerGroup) {

  public ExportRequest {
    types = Set.copyOf(types);
    programme = programme == null ? "" : programme;
  }
}
