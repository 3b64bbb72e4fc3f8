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
import org.hl7.fhir.r4.model.Measure;

/** FHIR Measure: the quality targets of every programme version. */
@ApplicationScoped
public class MeasureResourceProvider implements IResourceProvider {

  @Inject private Programmes programmes;

  @Override
  public Class<Measure> getResourceType() {
    return Measure.class;
  }

  @Read
  public Measure read(@IdParam IdType id) {
    return Published.read(all(), id);
  }

  @Search
  public IBundleProvider search(
      @OptionalParam(name = Measure.SP_URL) UriParam url, RequestDetails request) {
    return PagedSearch.of(Published.withUrl(all(), url), request);
  }

  private List<Measure> all() {
    return programmes.all().stream().map(MeasureTranslator::toFhirResource).toList();
  }
}
