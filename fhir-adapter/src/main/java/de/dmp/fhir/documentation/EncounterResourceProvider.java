package de.dmp.fhir.documentation;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import de.dmp.documentation.boundary.Documentations;
import de.dmp.fhir.DocumentedSearch;
import de.dmp.fhir.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.IdType;

/** FHIR Encounter: the visits at which a patient's programmes were documented. */
@ApplicationScoped
public class EncounterResourceProvider implements IResourceProvider {

  @Inject private Documentations documentations;

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
  public List<Encounter> search(
      @OptionalParam(name = Encounter.SP_PATIENT) ReferenceParam patient,
      @OptionalParam(name = Encounter.SP_SUBJECT) ReferenceParam subject,
      @OptionalParam(name = Encounter.SP_DATE) DateRangeParam date) {
    long patientId = DocumentedSearch.patientId(patient, subject, "Encounter");
    return documentations.forPatient(patientId).stream()
        .filter(d -> DocumentedSearch.within(date, d.getDocumentedOn()))
        .collect(
            Collectors.groupingBy(
                d -> d.getVisit().getId(), LinkedHashMap::new, Collectors.toList()))
        .values()
        .stream()
        .map(EncounterTranslator::toFhirResource)
        .toList();
  }
}
