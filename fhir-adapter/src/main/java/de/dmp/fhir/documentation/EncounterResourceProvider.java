package de.dmp.fhir.documentation;

import ca.uhn.fhir.model.api.Include;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.IncludeParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import de.dmp.documentation.boundary.Documentations;
import de.dmp.fhir.DocumentedSearch;
import de.dmp.fhir.Ids;
import de.dmp.fhir.paging.PagedSearch;
import de.dmp.fhir.patient.PatientIncludes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.IdType;

/** FHIR Encounter: the visits at which a patient's programmes were documented. */
@ApplicationScoped
public class EncounterResourceProvider implements IResourceProvider {

  @Inject private Documentations documentations;
  @Inject private PatientIncludes patientIncludes;

  @Override
  public Class<Encounter> getResourceType() {
    return Encounter.class;
  }

  @Read
  public Encounter read(@IdParam IdType id) {
    return EncounterTranslator.toFhirResource(documentations.ofVisit(Ids.numeric(id)));
  }

  /** One patient's visits, oldest first, optionally in a range of days. */
  @Search
  public IBundleProvider search(
      @OptionalParam(name = Encounter.SP_PATIENT) ReferenceParam patient,
      @OptionalParam(name = Encounter.SP_SUBJECT) ReferenceParam subject,
      @OptionalParam(name = Encounter.SP_DATE) DateRangeParam date,
      @IncludeParam(allow = "Encounter:subject") Set<Include> includes,
      RequestDetails request) {
    long patientId = DocumentedSearch.patientId(patient, subject, "Encounter");
    List<Encounter> found =
        documentations.forPatient(patientId).stream()
            .filter(d -> DocumentedSearch.within(date, d.getDocumentedOn()))
            .collect(
                Collectors.groupingBy(
                    d -> d.getVisit().getId(), LinkedHashMap::new, Collectors.toList()))
            .values()
            .stream()
            .map(EncounterTranslator::toFhirResource)
            .toList();
    return PagedSearch.of(
        patientIncludes.include(found, includes, patientId, Encounter::getSubject), request);
  }
}
