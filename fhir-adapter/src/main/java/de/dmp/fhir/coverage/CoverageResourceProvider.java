package de.dmp.fhir.coverage;

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
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import de.dmp.enrolment.boundary.Enrolments;
import de.dmp.fhir.Ids;
import de.dmp.fhir.ProgrammeVersions;
import de.dmp.fhir.paging.PagedSearch;
import de.dmp.fhir.patient.PatientIncludes;
import de.dmp.patient.boundary.Patients;
import de.dmp.patient.entity.Patient;
import de.dmp.programme.boundary.Programmes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Coverage;
import org.hl7.fhir.r4.model.IdType;

/** FHIR Coverage: the patient's insurance with its DMP markers, read or searched by beneficiary. */
@ApplicationScoped
public class CoverageResourceProvider implements IResourceProvider {

  @Inject private Patients patients;
  @Inject private Enrolments enrolments;
  @Inject private Programmes programmes;
  @Inject private PatientIncludes patientIncludes;

  @Override
  public Class<Coverage> getResourceType() {
    return Coverage.class;
  }

  @Read
  public Coverage read(@IdParam IdType id) {
    return coverage(Ids.numeric(id)).orElseThrow(() -> new ResourceNotFoundException(id));
  }

  @Search
  public IBundleProvider search(
      @RequiredParam(name = Coverage.SP_BENEFICIARY) ReferenceParam beneficiary,
      @IncludeParam(allow = "Coverage:beneficiary") Set<Include> includes,
      RequestDetails request) {
    long patientId = Ids.patient(beneficiary, "Coverage?beneficiary");
    return PagedSearch.of(
        patientIncludes.include(
            coverage(patientId).stream().toList(), includes, patientId, Coverage::getBeneficiary),
        request);
  }

  /** The coverage of an insured patient the caller may see; none for the uninsured. */
  private Optional<Coverage> coverage(long patientId) {
    Patient patient = patients.patient(patientId);
    if (!patient.isInsured()) {
      return Optional.empty();
    }
    return Optional.of(
        CoverageTranslator.toFhirResource(
            patient, enrolments.forPatient(patientId), e -> ProgrammeVersions.of(programmes, e)));
  }
}
