package de.dmp.fhir.enrolment;

import ca.uhn.fhir.model.api.Include;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.IncludeParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import de.dmp.enrolment.boundary.Enrolments;
import de.dmp.enrolment.entity.Enrolment;
import de.dmp.fhir.DocumentedSearch;
import de.dmp.fhir.Ids;
import de.dmp.fhir.ProgrammeVersions;
import de.dmp.fhir.paging.PagedSearch;
import de.dmp.fhir.patient.PatientIncludes;
import de.dmp.programme.boundary.Programmes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.IdType;

/** FHIR EpisodeOfCare: a patient's enrolments in the programmes, read and searched by patient. */
@ApplicationScoped
public class EpisodeOfCareResourceProvider implements IResourceProvider {

  @Inject private Enrolments enrolments;
  @Inject private Programmes programmes;
  @Inject private PatientIncludes patientIncludes;

  @Override
  public Class<EpisodeOfCare> getResourceType() {
    return EpisodeOfCare.class;
  }

  @Read
  public EpisodeOfCare read(@IdParam IdType id) {
    return translate(enrolments.enrolment(Ids.numeric(id)));
  }

  /** The patient's enrolments the caller may see, optionally of one status. */
  @Search
  public IBundleProvider search(
      @RequiredParam(name = EpisodeOfCare.SP_PATIENT) ReferenceParam patient,
      @OptionalParam(name = EpisodeOfCare.SP_STATUS) TokenParam status,
      @OptionalParam(name = Constants.PARAM_LASTUPDATED) DateRangeParam lastUpdated,
      @IncludeParam(allow = "EpisodeOfCare:patient") Set<Include> includes,
      RequestDetails request) {
    long patientId = Ids.patient(patient, "EpisodeOfCare?patient");
    List<EpisodeOfCare> found =
        enrolments.forPatient(patientId).stream()
            .filter(e -> DocumentedSearch.updatedWithin(lastUpdated, e.getUpdatedAt()))
            .map(this::translate)
            .filter(e -> status == null || e.getStatus().toCode().equals(status.getValue()))
            .toList();
    return PagedSearch.of(
        patientIncludes.include(found, includes, patientId, EpisodeOfCare::getPatient), request);
  }

  private EpisodeOfCare translate(Enrolment enrolment) {
    return EpisodeOfCareTranslator.toFhirResource(
        enrolment, ProgrammeVersions.of(programmes, enrolment));
  }
}
