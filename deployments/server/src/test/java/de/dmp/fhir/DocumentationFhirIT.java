package de.dmp.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import de.dmp.demo.boundary.DemoData;
import de.dmp.it.Deployments;
import de.dmp.it.Http;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Documentations as QuestionnaireResponse, Observation and Encounter over HTTP, with dr.weber's
 * demo patients; the forms as Questionnaire.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentationFhirIT {

  private static final IParser JSON = FhirContext.forR4Cached().newJsonParser();
  private static final String HBA1C = "http://loinc.org%7C4548-4";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application(DocumentationFhirIT.class);
  }

  @ArquillianResource private URL base;

  private String patient;
  private List<Observation> hba1c;

  /** The first of dr.weber's demo patients with HbA1c values, newest first. */
  @BeforeEach
  void findAPatientWithHba1cValues() {
    for (var entry : bundle(Http.get(base, "fhir/Patient?_count=100")).getEntry()) {
      String id = "Patient/" + entry.getResource().getIdElement().getIdPart();
      List<Observation> found = observations("patient=" + id + "&code=" + HBA1C + "&_sort=-date");
      if (found.size() > 1) {
        patient = id;
        hba1c = found;
        return;
      }
    }
    throw new AssertionError("no patient of dr.weber has two HbA1c values");
  }

  private static Bundle bundle(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.parseResource(Bundle.class, response.body());
  }

  private List<Observation> observations(String query) {
    return bundle(Http.get(base, "fhir/Observation?_count=100&" + query)).getEntry().stream()
        .map(e -> (Observation) e.getResource())
        .toList();
  }

  private static String day(Observation observation) {
    return observation.getEffectiveDateTimeType().getValueAsString();
  }

  @Test
  void observationSearch_shouldGiveTheHba1cValuesNewestFirst() {
    assertThat(hba1c)
        .allSatisfy(
            o -> {
              assertThat(o.getCode().getCodingFirstRep().getCode()).isEqualTo("4548-4");
              assertThat(o.getSubject().getReference()).isEqualTo(patient);
              assertThat(o.getValueQuantity().getUnit()).isEqualTo("%");
            });
    assertThat(hba1c)
        .extracting(DocumentationFhirIT::day)
        .isSortedAccordingTo((a, b) -> b.compareTo(a));
  }

  @Test
  void observationSearchByDate_shouldKeepTheDaysInRange() {
    String newest = day(hba1c.get(0));

    List<Observation> since = observations("subject=" + patient + "&code=4548-4&date=ge" + newest);
    List<Observation> before = observations("patient=" + patient + "&code=4548-4&date=lt" + newest);

    assertThat(since).isNotEmpty().allSatisfy(o -> assertThat(day(o)).isEqualTo(newest));
    assertThat(since.size() + before.size()).isEqualTo(hba1c.size());
  }

  @Test
  void lastUpdated_shouldKeepWhatChangedInTheRange() {
    String tomorrow = LocalDate.now().plusDays(1).toString();

    assertThat(observations("patient=" + patient + "&code=4548-4&_lastUpdated=ge2000-01-01"))
        .hasSameSizeAs(hba1c);
    assertThat(observations("patient=" + patient + "&code=4548-4&_lastUpdated=gt" + tomorrow))
        .isEmpty();
  }

  @Test
  void observation_shouldBeReadableAndLeadToItsDocumentationVisitAndForm() {
    Observation first = hba1c.get(0);

    HttpResponse<String> read =
        Http.get(base, "fhir/Observation/" + first.getIdElement().getIdPart());
    var response =
        JSON.parseResource(
            QuestionnaireResponse.class,
            Http.get(base, "fhir/" + first.getDerivedFromFirstRep().getReference()).body());
    HttpResponse<String> encounter =
        Http.get(base, "fhir/" + response.getEncounter().getReference());
    String form =
        response.getQuestionnaire().replace("urn:dmp-records:Questionnaire:", "").replace("|", "-");
    HttpResponse<String> questionnaire = Http.get(base, "fhir/Questionnaire/" + form);

    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(response.getSubject().getReference()).isEqualTo(patient);
    assertThat(response.getItem())
        .flatExtracting(g -> g.getItem())
        .extracting(i -> i.getLinkId())
        .contains("hba1c");
    assertThat(encounter.statusCode()).isEqualTo(200);
    assertThat(JSON.parseResource(Encounter.class, encounter.body()).getSubject().getReference())
        .isEqualTo(patient);
    assertThat(questionnaire.statusCode()).isEqualTo(200);
    assertThat(JSON.parseResource(Questionnaire.class, questionnaire.body()).getItem())
        .isNotEmpty();
  }

  @Test
  void historyAndVread_shouldGiveTheRevisionsToThePracticeOnly() {
    String response = hba1c.get(0).getDerivedFromFirstRep().getReference();

    Bundle history = bundle(Http.get(base, "fhir/" + response + "/_history"));
    HttpResponse<String> first = Http.get(base, "fhir/" + response + "/_history/1");
    HttpResponse<String> none = Http.get(base, "fhir/" + response + "/_history/2");
    HttpResponse<String> other = Http.getAs("dr.aydin", base, "fhir/" + response + "/_history");

    assertThat(history.getType()).isEqualTo(Bundle.BundleType.HISTORY);
    assertThat(history.getEntry())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getRequest().getMethod()).isEqualTo(Bundle.HTTPVerb.POST);
              assertThat(e.getResponse().getStatus()).startsWith("201");
              assertThat(e.getResource().getMeta().getVersionId()).isEqualTo("1");
            });
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(JSON.parseResource(QuestionnaireResponse.class, first.body()).getStatus())
        .isEqualTo(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
    assertThat(none.statusCode()).isEqualTo(404);
    assertThat(other.statusCode()).isEqualTo(403);
  }

  @Test
  void searches_shouldGiveThePatientsDocumentationsAndVisits() {
    Bundle responses =
        bundle(
            Http.get(
                base,
                "fhir/QuestionnaireResponse?_count=100&patient=" + patient + "&_sort=-authored"));
    Bundle visits = bundle(Http.get(base, "fhir/Encounter?_count=100&patient=" + patient));
    Bundle completed =
        bundle(
            Http.get(
                base,
                "fhir/QuestionnaireResponse?_count=100&status=in-progress&patient=" + patient));

    assertThat(responses.getEntry()).hasSizeGreaterThanOrEqualTo(hba1c.size());
    assertThat(visits.getEntry())
        .isNotEmpty()
        .hasSizeLessThanOrEqualTo(responses.getEntry().size());
    assertThat(completed.getEntry())
        .allSatisfy(
            e ->
                assertThat(((QuestionnaireResponse) e.getResource()).getStatus().toCode())
                    .isEqualTo("in-progress"));
    assertThat(
            bundle(Http.get(base, "fhir/Questionnaire?url=urn:dmp-records:Questionnaire:DM2-FD"))
                .getEntry())
        .hasSize(1);
  }

  @Test
  void anotherPractice_shouldBeRefusedEveryDocumentationResource() {
    String observation = "fhir/Observation/" + hba1c.get(0).getIdElement().getIdPart();
    String response = "fhir/" + hba1c.get(0).getDerivedFromFirstRep().getReference();

    for (String path :
        List.of(
            observation,
            response,
            "fhir/Observation?patient=" + patient,
            "fhir/QuestionnaireResponse?patient=" + patient,
            "fhir/Encounter?patient=" + patient)) {
      HttpResponse<String> refused = Http.getAs("dr.aydin", base, path);
      assertThat(refused.statusCode()).as(path).isEqualTo(403);
      assertThat(refused.body()).as(path).doesNotContain("4548-4", "valueQuantity");
    }
  }

  @Test
  void includeSubject_shouldAddThePatientToEveryDocumentationSearch() {
    for (String search :
        List.of(
            "Observation?code=4548-4&_include=Observation:subject",
            "QuestionnaireResponse?_include=QuestionnaireResponse:subject",
            "Encounter?_include=Encounter:subject")) {
      Bundle found = bundle(Http.get(base, "fhir/" + search + "&patient=" + patient));
      assertThat(found.getEntry())
          .as(search)
          .filteredOn(e -> e.getSearch().getMode() == Bundle.SearchEntryMode.INCLUDE)
          .singleElement()
          .satisfies(
              e ->
                  assertThat("Patient/" + e.getResource().getIdElement().getIdPart())
                      .isEqualTo(patient));
    }
  }

  private static String programme(String code, String version) {
    return """
        {"code":"%s","version":"%s","title":"Testprogramm","validFrom":"2020-01-01",
         "sources":["test"],"diagnoses":[{"code":"Z00","display":"Test"}],"intervals":["QUARTERLY"],
         "parameters":[{"code":"weight","label":"Körpergewicht","section":"Befunde",
           "type":"QUANTITY","unit":"kg","loinc":"29463-7","min":20,"max":300,"required":true}]}"""
        .formatted(code, version);
  }

  private HttpResponse<String> load(String user, String json) {
    return Http.send(
        Http.authenticated(
            user,
            HttpRequest.newBuilder(URI.create(base + "fhir/$load-programme-definition"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))));
  }

  @Test
  void administrator_shouldLoadAProgrammeWhoseFormsArePublishedAtOnce() {
    String code = "XT" + UUID.randomUUID().toString().replaceAll("[^0-9]", "").substring(0, 6);

    HttpResponse<String> loaded = load(DemoData.ADMIN, programme(code, "1"));
    HttpResponse<String> again = load(DemoData.ADMIN, programme(code, "1"));
    HttpResponse<String> invalid =
        load(DemoData.ADMIN, programme(code, "2").replace("\"unit\":\"kg\",", ""));
    HttpResponse<String> byDoctor = load(Http.DOCTOR, programme(code, "3"));

    assertThat(loaded.statusCode()).as(loaded.body()).isEqualTo(201);
    assertThat(loaded.body()).contains("Loaded " + code + " 1");
    Bundle forms =
        bundle(
            Http.get(base, "fhir/Questionnaire?url=urn:dmp-records:Questionnaire:" + code + "-FD"));
    assertThat(forms.getEntry()).hasSize(1);
    assertThat(again.statusCode()).isEqualTo(422);
    assertThat(again.body()).contains("exists already");
    assertThat(invalid.statusCode()).isEqualTo(422);
    assertThat(invalid.body()).contains("unit");
    assertThat(Http.get(base, "fhir/Questionnaire/" + code + "-FD-2").statusCode()).isEqualTo(404);
    assertThat(byDoctor.statusCode()).isEqualTo(403);
    assertThat(Http.get(base, "fhir/Questionnaire/" + code + "-FD-3").statusCode()).isEqualTo(404);
  }

  @Test
  void pagingLinks_shouldSearchAgainWithTheRightsOfWhoeverFollowsThem() {
    Bundle first =
        bundle(Http.get(base, "fhir/Observation?_count=1&code=" + HBA1C + "&patient=" + patient));
    String next = first.getLink(Bundle.LINK_NEXT).getUrl();

    HttpResponse<String> owner = Http.get(base, next);
    HttpResponse<String> other = Http.getAs("dr.aydin", base, next);

    assertThat(next).contains("_offset=1", "_count=1").doesNotContain("_getpages");
    assertThat(owner.statusCode()).isEqualTo(200);
    Bundle second = JSON.parseResource(Bundle.class, owner.body());
    assertThat(second.getEntry()).hasSize(1);
    assertThat(second.getEntryFirstRep().getResource().getIdElement().getIdPart())
        .isNotEqualTo(first.getEntryFirstRep().getResource().getIdElement().getIdPart());
    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(other.body()).doesNotContain("4548-4");
  }

  @Test
  void unusableSearches_shouldBe400AndUnknownIds404() {
    assertThat(Http.get(base, "fhir/Observation?code=" + HBA1C).statusCode()).isEqualTo(400);
    assertThat(
            Http.get(base, "fhir/Observation?patient=" + patient + "&subject=" + patient)
                .statusCode())
        .isEqualTo(400);
    HttpResponse<String> badSort =
        Http.get(base, "fhir/Observation?patient=" + patient + "&_sort=code");
    assertThat(badSort.statusCode()).isEqualTo(400);
    assertThat(badSort.body()).contains("sorted by date only");
    assertThat(Http.get(base, "fhir/Observation?patient=" + patient + "&date=gestern").statusCode())
        .isEqualTo(400);
    assertThat(Http.get(base, "fhir/Observation/abc").statusCode()).isEqualTo(404);
    assertThat(Http.get(base, "fhir/Observation/999999999-hba1c").statusCode()).isEqualTo(404);
    assertThat(Http.get(base, "fhir/QuestionnaireResponse/999999999").statusCode()).isEqualTo(404);
    assertThat(Http.get(base, "fhir/Encounter/999999999").statusCode()).isEqualTo(404);
    assertThat(Http.get(base, "fhir/Questionnaire/XX-FD-1").statusCode()).isEqualTo(404);
  }
}
