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
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.IdType;

/** FHIR Goal: the goals of the therapy plans (e.g. an agreed HbA1c target). */
@ApplicationScoped
public class GoalResourceProvider implements IResourceProvider {

  @Inject private TherapyPlanResources plans;

  @Override
  public Class<Goal> getResourceType() {
    return Goal.class;
  }

  @Read
  public Goal read(@IdParam IdType id) {
    return plans.read(Goal.class, id);
  }

  @Search
  public IBundleProvider search(
      @RequiredParam(name = Goal.SP_PATIENT) ReferenceParam patient, RequestDetails request) {
    return PagedSearch.of(
        plans.ofPatient(Goal.class, Ids.patient(patient, "Goal?patient")), request);
  }
}
