package de.dmp.fhir.enrolment;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import de.dmp.enrolment.boundary.Enrolments;
import de.dmp.fhir.Ids;
import de.dmp.fhir.paging.PagedSearch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.IdType;

/** FHIR Consent: the signed (and possibly withdrawn) consent of each enrolment. */
@ApplicationScoped
public class ConsentResourceProvider implements IResourceProvider {

  @Inject private Enrolments enrolments;

  @Override
  public Class<Consent> getResourceType() {
    return Consent.class;
  }

  @Read
  public Consent read(@IdParam IdType id) {
    return ConsentTranslator.toFhirResource(enrolments.enrolment(Ids.numeric(id)))
        .orElseThrow(() -> new ResourceNotFoundException(id));
  }

  @Search
  public IBundleProvider search(
      @RequiredParam(name = Consent.SP_PATIENT) ReferenceParam patient, RequestDetails request) {
    return PagedSearch.of(
        enrolments.forPatient(Ids.patient(patient, "Consent?patient")).stream()
            .map(ConsentTranslator::toFhirResource)
            .flatMap(Optional::stream)
            .toList(),
        request);
  }
}
