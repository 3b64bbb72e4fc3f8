package de.dmp.fhir.practice;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import de.dmp.practice.boundary.Practices;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Organization;

/** FHIR Organization: the practices and insurers, read by id. */
@ApplicationScoped
public class OrganizationResourceProvider implements IResourceProvider {

  @Inject private Practices practices;

  @Override
  public Class<Organization> getResourceType() {
    return Organization.class;
  }

  @Read
  public Organization read(@IdParam IdType id) {
    String part = id.getIdPart();
    if (part.matches(OrganizationTranslator.PRACTICE_PREFIX + "\\d{1,18}")) {
      return OrganizationTranslator.toFhirResource(
          practices.practice(number(part, OrganizationTranslator.PRACTICE_PREFIX)));
    }
    if (part.matches(OrganizationTranslator.INSURER_PREFIX + "\\d{1,18}")) {
      return OrganizationTranslator.toFhirResource(
          practices.insurer(number(part, OrganizationTranslator.INSURER_PREFIX)));
    }
    throw new ResourceNotFoundException(id);
  }

  private static long number(String id, String prefix) {
    return Long.parseLong(id.substring(prefix.length()));
  }
}
