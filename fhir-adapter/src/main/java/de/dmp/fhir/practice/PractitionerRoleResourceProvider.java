package de.dmp.fhir.practice;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.server.IResourceProvider;
import de.dmp.fhir.Ids;
import de.dmp.practice.boundary.Practices;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.PractitionerRole;

/** FHIR PractitionerRole: a doctor at the practice, read by the doctor's id. */
@ApplicationScoped
public class PractitionerRoleResourceProvider implements IResourceProvider {

  @Inject private Practices practices;

  @Override
  public Class<PractitionerRole> getResourceType() {
    return PractitionerRole.class;
  }

  @Read
  public PractitionerRole read(@IdParam IdType id) {
    return PractitionerTranslator.toRole(practices.practitioner(Ids.numeric(id)));
  }
}
