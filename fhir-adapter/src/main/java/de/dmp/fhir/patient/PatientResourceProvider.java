package de.dmp.fhir.patient;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.annotation.ConditionalUrlParam;
import ca.uhn.fhir.rest.annotation.Create;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.RequiredParam;
import ca.uhn.fhir.rest.annotation.ResourceParam;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Update;
import ca.uhn.fhir.rest.api.MethodOutcome;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.PreconditionFailedException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.util.UrlUtil;
import de.dmp.export.boundary.PatientRecords;
import de.dmp.fhir.Ids;
import de.dmp.fhir.Validation;
import de.dmp.fhir.export.RecordResources;
import de.dmp.fhir.paging.PagedSearch;
import de.dmp.patient.boundary.NewPatient;
import de.dmp.patient.boundary.Patients;
import de.dmp.patient.entity.Patient;
import de.dmp.patient.entity.PatientSearch;
import de.dmp.programme.boundary.Programmes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Resource;

/**
 * FHIR Patient: read and vread of the current version, search by family name or insurance number,
 * create (also conditionally on the insurance number), update with If-Match, $everything. Elements
 * the record cannot keep are refused, never dropped ({@link UnkeptElements}).
 */
@ApplicationScoped
public class PatientResourceProvider implements IResourceProvider {

  @Inject private Patients patients;
  @Inject private PatientRecords records;
  @Inject private Programmes programmes;

  @Override
  public Class<org.hl7.fhir.r4.model.Patient> getResourceType() {
    return org.hl7.fhir.r4.model.Patient.class;
  }

  /**
   * The patient, also as vread of its current version (a create's Location names it); earlier
   * versions are not kept.
   */
  @Read(version = true)
  public org.hl7.fhir.r4.model.Patient read(@IdParam IdType id) {
    var patient =
        patients
            .find(Ids.numeric(id))
            .map(PatientTranslator::toFhirResource)
            .orElseThrow(() -> new ResourceNotFoundException(id.toVersionless()));
    String current = patient.getMeta().getVersionId();
    if (id.hasVersionIdPart() && !id.getVersionIdPart().equals(current)) {
      throw new ResourceNotFoundException(
          "Version "
              + id.getVersionIdPart()
              + " of Patient/"
              + id.getIdPart()
              + " is not kept; the current version is "
              + current
              + ", read Patient/"
              + id.getIdPart()
              + ".");
    }
    return patient;
  }

  /** Family name search as FHIR defines it for strings: starts with, ignoring case. */
  @Search
  public IBundleProvider search(
      @OptionalParam(name = org.hl7.fhir.r4.model.Patient.SP_FAMILY) StringParam family,
      RequestDetails request) {
    if (family != null && (family.isExact() || family.isContains())) {
      throw new InvalidRequestException(
          "Patient?family supports only the default 'starts with' match, not :exact or :contains.");
    }
    var search = PatientSearch.familyStartingWith(family == null ? "" : family.getValue());
    return new PagedSearch<Patient>(
        patients.count(search),
        (first, count) -> patients.find(search, first, count),
        PatientTranslator::toFhirResource,
        request);
  }

  /**
   * The caller's patients with an insurance number (KVNR, {@code http://fhir.de/sid/gkv/kvid-10}).
   */
  @Search
  public IBundleProvider searchByIdentifier(
      @RequiredParam(name = org.hl7.fhir.r4.model.Patient.SP_IDENTIFIER) TokenParam identifier,
      RequestDetails request) {
    return PagedSearch.of(
        byInsuranceNumber(identifier).stream().map(PatientTranslator::toFhirResource).toList(),
        request);
  }

  private List<Patient> byInsuranceNumber(TokenParam identifier) {
    if ((identifier.getSystem() != null
            && !identifier.getSystem().equals(PatientTranslator.KVNR_SYSTEM))
        || identifier.getValue() == null
        || identifier.getValue().isBlank()) {
      throw new InvalidRequestException(
          "Patients are identified by their insurance number: identifier="
              + PatientTranslator.KVNR_SYSTEM
              + "|<KVNR>.");
    }
    return patients.findByInsuranceNumber(identifier.getValue());
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

  /**
   * Replaces name, date of birth, sex, phone, e-mail and insurance, only at the version named in
   * If-Match; an insurance number cannot be removed.
   */
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

  /**
   * Registers a patient for the caller's practice. With {@code If-None-Exist: identifier=<KVNR>} a
   * patient of the practice with that insurance number is answered (200) instead of creating one;
   * two such patients are 412. Elements the record cannot keep are refused either way.
   */
  @Create
  public MethodOutcome create(
      @ResourceParam org.hl7.fhir.r4.model.Patient resource,
      @ConditionalUrlParam String conditionalUrl) {
    NewPatient newPatient = PatientTranslator.toDomain(resource);
    if (conditionalUrl != null) {
      List<Patient> existing = byInsuranceNumber(identifierOf(conditionalUrl));
      if (existing.size() > 1) {
        throw new PreconditionFailedException(
            "Several patients have this insurance number; register the patient without"
                + " If-None-Exist after checking the insurance card.");
      }
      if (existing.size() == 1) {
        var found = PatientTranslator.toFhirResource(existing.get(0));
        return new MethodOutcome(found.getIdElement(), false).setResource(found);
      }
    }
    Patient patient = patients.register(newPatient);
    var created = PatientTranslator.toFhirResource(patient);
    return new MethodOutcome(created.getIdElement(), true).setResource(created);
  }

  /** {@code Patient/$validate}: checks a patient as a create would, storing nothing. */
  @Operation(name = "$validate", idempotent = false)
  public OperationOutcome validate(
      @ResourceParam org.hl7.fhir.r4.model.Patient resource, RequestDetails request) {
    return Validation.outcome(request, () -> patients.check(PatientTranslator.toDomain(resource)));
  }

  /** The one search a conditional create may name: {@code identifier=<system>|<KVNR>}. */
  private static TokenParam identifierOf(String conditionalUrl) {
    Map<String, String[]> parameters =
        UrlUtil.parseQueryString(conditionalUrl.substring(conditionalUrl.indexOf('?') + 1));
    String[] identifier = parameters.get(org.hl7.fhir.r4.model.Patient.SP_IDENTIFIER);
    if (parameters.size() != 1 || identifier == null || identifier.length != 1) {
      throw new InvalidRequestException(
          "If-None-Exist names one patient by insurance number only: identifier="
              + PatientTranslator.KVNR_SYSTEM
              + "|<KVNR>.");
    }
    var token = new TokenParam();
    token.setValueAsQueryToken(
        FhirContext.forR4Cached(),
        org.hl7.fhir.r4.model.Patient.SP_IDENTIFIER,
        null,
        identifier[0]);
    return token;
  }
}
