package de.dmp.fhir.documentation;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.UriParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
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
    return all().stream()
        .filter(form -> form.getIdElement().getIdPart().equals(id.getIdPart()))
        .findFirst()
        .orElseThrow(() -> new ResourceNotFoundException(id));
  }

  /** All forms, or those of one canonical URL (every version of it). */
  @Search
  public List<Questionnaire> search(@OptionalParam(name = Questionnaire.SP_URL) UriParam url) {
    return all().stream()
        .filter(form -> url == null || form.getUrl().equals(url.getValue()))
        .toList();
  }

  private List<Questionnaire> all() {
    return QuestionnaireTranslator.all(programmes.all());
  }
}
