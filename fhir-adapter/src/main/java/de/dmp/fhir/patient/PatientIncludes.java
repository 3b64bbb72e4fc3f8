package de.dmp.fhir.patient;

import ca.uhn.fhir.model.api.Include;
import ca.uhn.fhir.model.api.ResourceMetadataKeyEnum;
import ca.uhn.fhir.model.valueset.BundleEntrySearchModeEnum;
import de.dmp.patient.boundary.Patients;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.hl7.fhir.instance.model.api.IAnyResource;
import org.hl7.fhir.r4.model.Reference;

/**
 * {@code _include} of the patient that every result of a one-patient search refers to: the patient
 * is read once through the boundary (checked and audited like any read) and set on the references,
 * where HAPI's bundle factory picks it up as an included entry.
 */
@ApplicationScoped
public class PatientIncludes {

  @Inject private Patients patients;

  /** The results, each marked as a match and referring to the patient when it is included. */
  public <T extends IAnyResource> List<T> include(
      List<T> found, Set<Include> includes, long patientId, Function<T, Reference> patientOf) {
    if (found.isEmpty() || includes == null || includes.isEmpty()) {
      return found;
    }
    var patient = PatientTranslator.toFhirResource(patients.patient(patientId));
    found.forEach(
        resource -> {
          ResourceMetadataKeyEnum.ENTRY_SEARCH_MODE.put(resource, BundleEntrySearchModeEnum.MATCH);
          patientOf.apply(resource).setResource(patient);
        });
    return found;
  }
}
