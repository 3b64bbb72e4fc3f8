package de.dmp.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import de.dmp.it.Http;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Comparator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/** Transaction Bundles as practice software builds them, for the tests that post them. */
final class VisitBundles {

  static final String VISIT = "urn:uuid:7f1c9c5e-1d7a-4a53-9a43-2b1e8f0c1a01";

  private static final IParser JSON = FhirContext.forR4Cached().newJsonParser();

  private VisitBundles() {}

  /** An active enrolment, and its latest follow-up documentation to copy answers from. */
  record FollowUp(String patient, String episode, QuestionnaireResponse previous) {

    /** Today's visit with a copy of the latest follow-up documentation's answers. */
    Bundle visit(QuestionnaireResponseStatus status) {
      return VisitBundles.visit(patient, episode, previous, status);
    }
  }

  /** The first active enrolment of the doctor's practice that has a follow-up documentation. */
  static FollowUp latestFollowUp(URL base, String doctor) {
    for (var entry : search(base, doctor, "Patient?_count=100").getEntry()) {
      String id = "Patient/" + entry.getResource().getIdElement().getIdPart();
      for (var e : search(base, doctor, "EpisodeOfCare?status=active&patient=" + id).getEntry()) {
        var active = (EpisodeOfCare) e.getResource();
        String programme = active.getTypeFirstRep().getCodingFirstRep().getCode();
        var latest =
            search(base, doctor, "QuestionnaireResponse?_count=100&status=completed&patient=" + id)
                .getEntry()
                .stream()
                .map(r -> (QuestionnaireResponse) r.getResource())
                .filter(r -> r.getQuestionnaire().contains("-FD|"))
                .filter(r -> r.getEncounter() != null)
                .max(Comparator.comparing(r -> r.getAuthoredElement().getValueAsString()));
        if (latest.isPresent() && programme != null) {
          return new FollowUp(
              id, "EpisodeOfCare/" + active.getIdElement().getIdPart(), latest.get());
        }
      }
    }
    throw new AssertionError(
        "no active enrolment of " + doctor + " with a follow-up documentation");
  }

  private static Bundle search(URL base, String doctor, String path) {
    HttpResponse<String> response = Http.getAs(doctor, base, "fhir/" + path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.parseResource(Bundle.class, response.body());
  }

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
