package de.dmp.fhir.patient;

import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Update;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import de.dmp.fhir.Ids;
import de.dmp.fhir.paging.PagedSearch;
import de.dmp.patient.boundary.Patients;
import de.dmp.patient.entity.Patient;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hl7.fhir.r4.model.IdType;

/** FHIR Patient: read, search by family name, create, update with If-Match. */
@ApplicationScoped
public class PatientResourceProvider implements IResourceProvider {

  @Inject private Patients patients;

  @Override
  public Class<org.hl7.fhir.r4.model.Patient> getResourceType() {
    return org.hl7.fhir.r4.model.Patient.class;
  }

  @Read
  public org.hl7.fhir.r4.model.Patient read(@IdParam IdType id) {
    return patients
        .find(Ids.numeric(id))
        .map(PatientTranslator::toFhirResource)
        .orElseThrow(() -> new ResourceNotFoundException(id));
  }

  /** Family name search as FHIR defines it for strings: starts with, ignoring case. */
  @Search
  public IBundleProvider search(
      @OptionalParam(name = org.hl7.fhir.r4.model.Patient.SP_FAMILY) StringParam family) {
    if (family != null && (family.isExact() || family.isContains())) {
      throw new InvalidRequestException(
          "Patient?family supports only the default 'starts with' match, not :exact or :contains.");
    }
    String prefix = family == null ? "" : family.getValue();
    return new PagedSearch<Patient>(
        patients.countByFamilyPrefix(prefix),
        (first, count) -> patients.findByFamilyPrefix(prefix, first, count),
        PatientTranslator::toFhirResource);
  }

  /** Corrects name, date of birth and sex, only at the version named in If-Match. */
  @Update
  public MethodOutcome update(
      @IdParam IdType id,
      @ResourceParam org.hl7.fhir.r4.model.Patient resource,
      RequestDetails request) {
    if (resource.hasIdElement() && !id.getIdPart().equals(resource.getIdElement().getIdPart())) {
      throw new InvalidRequestException(
          "The Patient's id " + resource.getIdElement().getIdPart() + " is not the id in the URL.");
    }
    Patient patient =
        patients.correctIdentity(
            Ids.numeric(id), Ids.expectedVersion(request), PatientTranslator.toDomain(resource));
    var updated = PatientTranslator.toFhirResource(patient);
    return new MethodOutcome(updated.getIdElement()).setResource(updated);
  }

  @Create
  public MethodOutcome create(@ResourceParam org.hl7.fhir.r4.model.Patient resource) {
    Patient patient = patients.register(PatientTranslator.toDomain(resource));
    var created = PatientTranslator.toFhirResource(patient);
    return new MethodOutcome(created.getIdElement(), true).setResource(created);
  }
}
