package de.dmp.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import de.dmp.it.Http;
import de.dmp.it.NewPatients;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Comparator;
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

  private static final IParser JSON = FhirContext.forR4Cached().newJsonParser();

  private VisitBundles() {}

  /**
   * An active enrolment whose next documentation is due today, and a documentation of its form to
   * copy answers from.
   */
  record Due(String patient, String episode, QuestionnaireResponse template) {

    /** Today's visit with a copy of the template's answers. */
    Bundle visit(QuestionnaireResponseStatus status) {
      return VisitBundles.visit(patient, episode, template, status);
    }
  }

  /**
   * The first patient of the doctor's practice in one active enrolment that was last documented
   * before this quarter (a second complete documentation in a quarter is refused), with its latest
   * follow-up documentation as the template.
   */
  static Due dueFollowUp(URL base, String doctor) {
    LocalDate quarterStart =
        LocalDate.now()
            .withDayOfMonth(1)
            .withMonth((LocalDate.now().getMonthValue() - 1) / 3 * 3 + 1);
    for (var entry : search(base, doctor, "Patient?_count=100").getEntry()) {
      String id = "Patient/" + entry.getResource().getIdElement().getIdPart();
      var active = search(base, doctor, "EpisodeOfCare?status=active&patient=" + id).getEntry();
      if (active.size() != 1) {
        continue;
      }
      var documented =
          search(base, doctor, "QuestionnaireResponse?_count=100&status=completed&patient=" + id)
              .getEntry()
              .stream()
              .map(r -> (QuestionnaireResponse) r.getResource())
              .filter(r -> r.getEncounter() != null)
              .toList();
      boolean documentedThisQuarter =
          documented.stream()
              .anyMatch(
                  r ->
                      !LocalDate.parse(r.getAuthoredElement().getValueAsString())
                          .isBefore(quarterStart));
      var latest =
          documented.stream()
              .filter(r -> r.getQuestionnaire().contains("-FD|"))
              .max(Comparator.comparing(r -> r.getAuthoredElement().getValueAsString()));
      if (latest.isPresent() && !documentedThisQuarter) {
        return new Due(
            id,
            "EpisodeOfCare/" + active.get(0).getResource().getIdElement().getIdPart(),
            latest.get());
      }
    }
    throw new AssertionError(
        "no patient of "
            + doctor
            + " in one active enrolment with a follow-up documentation before this quarter");
  }

  /**
   * A new patient of the demo doctor's practice enrolled in DM2 today, its initial documentation
   * due, with a completed DM2 initial documentation of the practice as the template.
   */
  static Due newInDm2(URL base, String family) {
    String id = "Patient/" + NewPatients.enrolledInDm2(base, family);
    var episode =
        search(base, Http.DOCTOR, "EpisodeOfCare?patient=" + id).getEntryFirstRep().getResource();
    return new Due(
        id, "EpisodeOfCare/" + episode.getIdElement().getIdPart(), completed(base, "DM2-ED|"));
  }

  /** A completed documentation of the demo doctor's practice on the form, e.g. "DM2-FD|". */
  static QuestionnaireResponse completed(URL base, String form) {
    for (var entry : search(base, Http.DOCTOR, "Patient?_count=50").getEntry()) {
      var found =
          search(
                  base,
                  Http.DOCTOR,
                  "QuestionnaireResponse?status=completed&patient=Patient/"
                      + entry.getResource().getIdElement().getIdPart())
              .getEntry()
              .stream()
              .map(r -> (QuestionnaireResponse) r.getResource())
              .filter(r -> r.getQuestionnaire().contains(form))
              .findFirst();
      if (found.isPresent()) {
        return found.get();
      }
    }
    throw new AssertionError("no completed " + form + " documentation of " + Http.DOCTOR);
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
