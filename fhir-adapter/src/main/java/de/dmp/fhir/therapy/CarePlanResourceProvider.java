package de.dmp.fhir.therapy;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import de.dmp.fhir.Ids;
import de.dmp.fhir.paging.PagedSearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.IdType;

/** FHIR CarePlan: the versions of the patients' individual therapy plans. */
@ApplicationScoped
public class CarePlanResourceProvider implements IResourceProvider {

  @Inject private TherapyPlanResources plans;

  @Override
  public Class<CarePlan> getResourceType() {
    return CarePlan.class;
  }

  @Read
  public CarePlan read(@IdParam IdType id) {
    return plans.read(CarePlan.class, id);
  }

  @Search
  public IBundleProvider search(
      @RequiredParam(name = CarePlan.SP_PATIENT) ReferenceParam patient, RequestDetails request) {
    return PagedSearch.of(
        plans.ofPatient(CarePlan.class, Ids.patient(patient, "CarePlan?patient")), request);
  }
}
