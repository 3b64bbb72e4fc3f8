package de.dmp.fhir.enrolment;

import de.dmp.enrolment.entity.Enrolment;
import de.dmp.fhir.practice.OrganizationTranslator;
import java.util.Optional;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Consent.ConsentProvisionType;
import org.hl7.fhir.r4.model.Consent.ConsentState;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Reference;

/**
 * The signed participation and consent declaration of an enrolment (TE/EWE) as Consent, same id as
 * the enrolment: permitting the programme's data flow from the day it was signed until the day it
 * was withdrawn, when it becomes inactive.
 */
public final class ConsentTranslator {

  static final String SCOPES = "http://terminology.hl7.org/CodeSystem/consentscope";
  static final String LOINC = "http://loinc.org";
  static final String ACT_CODES = "http://terminology.hl7.org/CodeSystem/v3-ActCode";

  private ConsentTranslator() {}

  /** The consent of an enrolment, if one was signed. */
  public static Optional<Consent> toFhirResource(Enrolment enrolment) {
    if (enrolment.getConsentSignedOn() == null) {
      return Optional.empty();
    }
    var consent = new Consent();
    consent.setId(String.valueOf(enrolment.getId()));
    consent.setStatus(
        enrolment.getConsentWithdrawnOn() == null ? ConsentState.ACTIVE : ConsentState.INACTIVE);
    consent.setScope(new CodeableConcept(new Coding(SCOPES, "patient-privacy", "Privacy Consent")));
    consent.addCategory(new CodeableConcept(new Coding(LOINC, "59284-0", "Patient Consent")));
    consent.setPatient(new Reference("Patient/" + enrolment.getPatient().getId()));
    consent.setDateTimeElement(new DateTimeType(enrolment.getConsentSignedOn().toString()));
    consent.addOrganization(
        new Reference(OrganizationTranslator.practiceReference(enrolment.getPractice().getId())));
    consent.setPolicyRule(
        new CodeableConcept(new Coding(ACT_CODES, "OPTIN", "opt-in"))
            .setText("DMP-Teilnahme- und Einwilligungserklärung"));
    var provision = consent.getProvision().setType(ConsentProvisionType.PERMIT);
    provision
        .getPeriod()
        .setStartElement(new DateTimeType(enrolment.getConsentSignedOn().toString()));
    if (enrolment.getConsentWithdrawnOn() != null) {
      provision
          .getPeriod()
          .setEndElement(new DateTimeType(enrolment.getConsentWithdrawnOn().toString()));
    }
    provision
        .addData()
        .setMeaning(Consent.ConsentDataMeaning.RELATED)
        .setReference(new Reference("EpisodeOfCare/" + enrolment.getId()));
    return Optional.of(consent);
  }
}
