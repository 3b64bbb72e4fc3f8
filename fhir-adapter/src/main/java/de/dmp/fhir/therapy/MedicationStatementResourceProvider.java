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
import org.hl7.fhir.r4.model.MedicationStatement;

/** FHIR MedicationStatement: the drug classes (ATC) of the therapy plans. */
@ApplicationScoped
public class MedicationStatementResourceProvider implements IResourceProvider {

  @Inject private TherapyPlanResources plans;

  @Override
  public Class<MedicationStatement> getResourceType() {
    return MedicationStatement.class;
  }

  @Read
  public MedicationStatement read(@IdParam IdType id) {
    return plans.read(MedicationStatement.class, id);
  }

  @Search
  public IBundleProvider search(
      @RequiredParam(name = MedicationStatement.SP_PATIENT) ReferenceParam patient,
      RequestDetails request) {
    return PagedSearch.of(
        plans.ofPatient(
            MedicationStatement.class, Ids.patient(patient, "MedicationStatement?patient")),
        request);
  }
}
