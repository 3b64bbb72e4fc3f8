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
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.ServiceRequest;

/** FHIR ServiceRequest: the referrals and trainings of the therapy plans. */
@ApplicationScoped
public class ServiceRequestResourceProvider implements IResourceProvider {

  @Inject private TherapyPlanResources plans;

  @Override
  public Class<ServiceRequest> getResourceType() {
    return ServiceRequest.class;
  }

  @Read
  public ServiceRequest read(@IdParam IdType id) {
    return plans.read(ServiceRequest.class, id);
  }

  @Search
  public IBundleProvider search(
      @RequiredParam(name = ServiceRequest.SP_PATIENT) ReferenceParam patient,
      RequestDetails request) {
    return PagedSearch.of(
        plans.ofPatient(ServiceRequest.class, Ids.patient(patient, "ServiceRequest?patient")),
        request);
  }
}
