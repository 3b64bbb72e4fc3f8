package de.dmp.fhir.programme;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.UriParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import de.dmp.fhir.paging.PagedSearch;
import de.dmp.programme.boundary.Programmes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.PlanDefinition;

/** FHIR PlanDefinition: every programme version as its protocol. */
@ApplicationScoped
public class PlanDefinitionResourceProvider implements IResourceProvider {

  @Inject private Programmes programmes;

  @Override
  public Class<PlanDefinition> getResourceType() {
    return PlanDefinition.class;
  }

  @Read
  public PlanDefinition read(@IdParam IdType id) {
    return Published.read(all(), id);
  }

  @Search
  public IBundleProvider search(
      @OptionalParam(name = PlanDefinition.SP_URL) UriParam url, RequestDetails request) {
    return PagedSearch.of(Published.withUrl(all(), url), request);
  }

  private List<PlanDefinition> all() {
    return programmes.all().stream().map(PlanDefinitionTranslator::toFhirResource).toList();
  }
}
