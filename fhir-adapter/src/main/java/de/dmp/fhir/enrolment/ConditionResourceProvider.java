package de.dmp.fhir.enrolment;

import ca.uhn.fhir.model.api.Include;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.IncludeParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import de.dmp.enrolment.boundary.Enrolments;
import de.dmp.fhir.Ids;
import de.dmp.fhir.paging.PagedSearch;
import de.dmp.fhir.patient.PatientIncludes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.IdType;

/** FHIR Condition: the confirmed diagnoses of a patient's enrolments. */
@ApplicationScoped
public class ConditionResourceProvider implements IResourceProvider {

  @Inject private Enrolments enrolments;
  @Inject private PatientIncludes patientIncludes;

  @Override
  public Class<Condition> getResourceType() {
    return Condition.class;
  }

  @Read
  public Condition read(@IdParam IdType id) {
    return ConditionTranslator.toFhirResource(enrolments.enrolment(Ids.numeric(id)));
  }

  @Search
  public IBundleProvider search(
      @RequiredParam(name = Condition.SP_PATIENT) ReferenceParam patient,
      @IncludeParam(allow = "Condition:subject") Set<Include> includes,
      RequestDetails request) {
    long patientId = Ids.patient(patient, "Condition?patient");
    List<Condition> found =
        enrolments.forPatient(patientId).stream().map(ConditionTranslator::toFhirResource).toList();
    return PagedSearch.of(
        patientIncludes.include(found, includes, patientId, Condition::getSubject), request);
  }
}
