package de.dmp.fhir.documentation;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.UriParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import de.dmp.fhir.paging.PagedSearch;
import de.dmp.fhir.programme.Published;
import de.dmp.programme.boundary.Programmes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Questionnaire;

/** FHIR Questionnaire: the documentation forms of every programme version, published rules. */
@ApplicationScoped
public class QuestionnaireResourceProvider implements IResourceProvider {

  @Inject private Programmes programmes;

  @Override
  public Class<Questionnaire> getResourceType() {
    return Questionnaire.class;
  }

  @Read
  public Questionnaire read(@IdParam IdType id) {
    return Published.read(all(), id);
  }

  @Search
  public IBundleProvider search(
      @OptionalParam(name = Questionnaire.SP_URL) UriParam url, RequestDetails request) {
    return PagedSearch.of(Published.withUrl(all(), url), request);
  }

  private List<Questionnaire> all() {
    return QuestionnaireTranslator.all(programmes.all());
  }
}
