package de.dmp.fhir.programme;

import ca.uhn.fhir.rest.param.UriParam;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import java.util.List;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.MetadataResource;

/**
 * Reading and searching the rules published from the programme definitions (Questionnaire,
 * PlanDefinition, Measure), which are made from the definitions in memory, not stored.
 */
public final class Published {

  private Published() {}

  public static <T extends MetadataResource> T read(List<T> all, IdType id) {
    return all.stream()
        .filter(resource -> resource.getIdElement().getIdPart().equals(id.getIdPart()))
        .findFirst()
        .orElseThrow(() -> new ResourceNotFoundException(id));
  }

  /** All of them, or those of one canonical URL (every version of it). */
  public static <T extends MetadataResource> List<T> withUrl(List<T> all, UriParam url) {
    return all.stream()
        .filter(resource -> url == null || resource.getUrl().equals(url.getValue()))
        .toList();
  }
}
