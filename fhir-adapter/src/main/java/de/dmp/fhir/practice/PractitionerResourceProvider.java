package de.dmp.fhir.practice;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.server.IResourceProvider;
import de.dmp.fhir.Ids;
import de.dmp.practice.boundary.Practices;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Practitioner;

/** FHIR Practitioner: the doctors, read by id. */
@ApplicationScoped
public class PractitionerResourceProvider implements IResourceProvider {

  @Inject private Practices practices;

  @Override
  public Class<Practitioner> getResourceType() {
    return Practitioner.class;
  }

  @Read
  public Practitioner read(@IdParam IdType id) {
    return PractitionerTranslator.toFhirResource(practices.practitioner(Ids.numeric(id)));
  }
}
