package de.dmp.fhir.patient;

import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
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
import de.dmp.export.boundary.PatientRecords;
import de.dmp.fhir.Ids;
import de.dmp.fhir.export.RecordResources;
import de.dmp.fhir.paging.PagedSearch;
import de.dmp.patient.boundary.Patients;
import de.dmp.patient.entity.Patient;
import de.dmp.programme.boundary.Programmes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Resource;

/** FHIR Patient: read, search by family name, create, update with If-Match, $everything. */
@ApplicationScoped
public class PatientResourceProvider implements IResourceProvider {

  @Inject private Patients patients;
  @Inject private PatientRecords records;
  @Inject private Programmes programmes;

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

  /**
   * {@code Patient/<id>/$everything}: the patient's whole record that the caller may see, as one
   * searchset Bundle (patient, coverage, enrolments, diagnoses, documentations, observations,
   * visits).
   */
  @Operation(name = "$everything", idempotent = true)
  public Bundle everything(@IdParam IdType id, RequestDetails request) {
    var bundle = new Bundle().setType(Bundle.BundleType.SEARCHSET);
    RecordResources.translate(
        records.everything(Ids.numeric(id)),
        programmes,
        resource ->
            bundle
                .addEntry()
                .setFullUrl(
                    request.getFhirServerBase()
                        + "/"
                        + resource.fhirType()
                        + "/"
                        + resource.getIdElement().getIdPart())
                .setResource((Resource) resource)
                .getSearch()
                .setMode(Bundle.SearchEntryMode.MATCH));
    return bundle.setTotal(bundle.getEntry().size());
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
