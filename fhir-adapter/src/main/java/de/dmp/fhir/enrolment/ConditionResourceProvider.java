package de.dmp.fhir.enrolment;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import de.dmp.enrolment.boundary.Enrolments;
import de.dmp.fhir.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.IdType;

/** FHIR Condition: the confirmed diagnoses of a patient's enrolments. */
@ApplicationScoped
public class ConditionResourceProvider implements IResourceProvider {

  @Inject private Enrolments enrolments;

  @Override
  public Class<Condition> getResourceType() {
    return Condition.class;
  }

  @Read
  public Condition read(@IdParam IdType id) {
    return ConditionTranslator.toFhirResource(enrolments.enrolment(Ids.numeric(id)));
  }

  @Search
  public List<Condition> search(
      @RequiredParam(name = Condition.SP_PATIENT) ReferenceParam patient) {
    return enrolments.forPatient(Ids.patient(patient, "Condition?patient")).stream()
        .map(ConditionTranslator::toFhirResource)
        .toList();
  }
}
