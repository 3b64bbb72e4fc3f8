package de.dmp.fhir;

import java.time.LocalDate;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/** Transaction Bundles as practice software builds them, for the tests that post them. */
final class VisitBundles {

  static final String VISIT = "urn:uuid:7f1c9c5e-1d7a-4a53-9a43-2b1e8f0c1a01";

  private VisitBundles() {}

  /** Adds the creation (POST) of a resource, with the fullUrl others refer to it by, or none. */
  static void create(Bundle transaction, String fullUrl, Resource resource) {
    transaction
        .addEntry()
        .setFullUrl(fullUrl)
        .setResource(resource)
        .getRequest()
        .setMethod(Bundle.HTTPVerb.POST)
        .setUrl(resource.fhirType());
  }

  /** Today's visit of the patient for the enrolment, answered like the template documentation. */
  static Bundle visit(
      String patient,
      String episode,
      QuestionnaireResponse template,
      QuestionnaireResponseStatus status) {
    var encounter = new Encounter();
    encounter.setStatus(Encounter.EncounterStatus.FINISHED);
    encounter.setClass_(
        new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "AMB", null));
    encounter.setSubject(new Reference(patient));
    encounter.getPeriod().setStartElement(new DateTimeType(LocalDate.now().toString()));
    encounter.addEpisodeOfCare(new Reference(episode));
    var form = new QuestionnaireResponse();
    form.setQuestionnaire(template.getQuestionnaire());
    form.setStatus(status);
    form.setSubject(new Reference(patient));
    form.setEncounter(new Reference(VISIT));
    form.setItem(template.copy().getItem());
    var transaction = new Bundle().setType(Bundle.BundleType.TRANSACTION);
    create(transaction, VISIT, encounter);
    create(transaction, "urn:uuid:7f1c9c5e-1d7a-4a53-9a43-2b1e8f0c1a02", form);
    return transaction;
  }
}
