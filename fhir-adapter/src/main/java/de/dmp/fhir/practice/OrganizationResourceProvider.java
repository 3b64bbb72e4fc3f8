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
    return OrganizationTranslator.practiceId(part)
        .map(practices::practice)
        .map(OrganizationTranslator::toFhirResource)
        .or(
            () ->
                OrganizationTranslator.insurerId(part)
                    .map(practices::insurer)
                    .map(OrganizationTranslator::toFhirResource))
        .orElseThrow(() -> new ResourceNotFoundException(id));
  }
}
