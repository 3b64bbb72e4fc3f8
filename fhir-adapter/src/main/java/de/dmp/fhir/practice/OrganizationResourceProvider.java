package de.dmp.fhir.practice;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import de.dmp.fhir.paging.PagedSearch;
import de.dmp.practice.boundary.Practices;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Organization;

/**
 * FHIR Organization: the practices and insurers, read by id, and searched (all of them, by name or
 * by identifier: BSNR or IK) by everyone who may read them.
 */
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

  /** The practices, then the insurers, each by name; a few dozen, so filtered here. */
  @Search
  public IBundleProvider search(
      @OptionalParam(name = Organization.SP_NAME) StringParam name,
      @OptionalParam(name = Organization.SP_IDENTIFIER) TokenParam identifier,
      RequestDetails request) {
    return PagedSearch.of(
        Stream.concat(
                practices.all().stream().map(OrganizationTranslator::toFhirResource),
                practices.insurers().stream().map(OrganizationTranslator::toFhirResource))
            .filter(organization -> name == null || named(organization, name))
            .filter(organization -> identifier == null || identified(organization, identifier))
            .toList(),
        request);
  }

  /** FHIR's string match: starts with, ignoring case; {@code :exact} and {@code :contains}. */
  private static boolean named(Organization organization, StringParam name) {
    if (name.isExact()) {
      return organization.getName().equals(name.getValue());
    }
    String wanted = name.getValue().toLowerCase(Locale.ROOT);
    String actual = organization.getName().toLowerCase(Locale.ROOT);
    return name.isContains() ? actual.contains(wanted) : actual.startsWith(wanted);
  }

  private static boolean identified(Organization organization, TokenParam identifier) {
    return organization.getIdentifier().stream()
        .anyMatch(
            own ->
                (identifier.getSystem() == null || identifier.getSystem().equals(own.getSystem()))
                    && own.getValue().equals(identifier.getValue()));
  }
}
