package de.dmp.fhir.documentation;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.UriParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
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
  public List<Questionnaire> search(@OptionalParam(name = Questionnaire.SP_URL) UriParam url) {
    return Published.withUrl(all(), url);
  }

  private List<Questionnaire> all() {
    return QuestionnaireTranslator.all(programmes.all());
  }
}
