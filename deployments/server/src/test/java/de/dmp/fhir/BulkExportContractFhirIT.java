package de.dmp.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.databind.JsonNode;
import de.dmp.it.BulkData;
import de.dmp.it.Deployments;
import de.dmp.it.Http;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.OperationOutcomeIssueComponent;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Reference;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The Bulk Data kick-off contract over HTTP, as a standard bulk client uses it: {@code patient} in
 * a POST, parameters the export does not read (refused, or ignored and reported when the client
 * prefers lenient handling), and a cancel right after the kick-off.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BulkExportContractFhirIT {

  private static final IParser JSON = FhirContext.forR4Cached().newJsonParser();
  private static final String INSURER = "kasse.demo";
  private static final String UNSUPPORTED =
      "_type=Patient&_elements=id&foo=bar&organizeOutputBy=Patient"
          + "&includeAssociatedData=LatestProvenanceResources";

  /** Twice as many as the 25 in which an outside client saw two cancels answered 500. */
  private static final int CANCELS = 50;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application(BulkExportContractFhirIT.class);
  }

  @ArquillianResource private URL base;

  private List<String> patientIds(String user, int count) {
    return JSON
        .parseResource(Bundle.class, Http.getAs(user, base, "fhir/Patient?_count=" + count).body())
        .getEntry()
        .stream()
        .map(entry -> entry.getResource().getIdElement().getIdPart())
        .toList();
  }

  /** A kick-off's parameters: the types, then the patients named. */
  private static Parameters parameters(String types, String... patientIds) {
    var parameters = new Parameters();
    parameters.addParameter("_type", types);
    for (String id : patientIds) {
      parameters.addParameter().setName("patient").setValue(new Reference("Patient/" + id));
    }
    return parameters;
  }

  private Map<String, List<IBaseResource>> exported(String path, Parameters parameters)
      throws Exception {
    HttpResponse<String> accepted = BulkData.kickOff(Http.DOCTOR, base, path, parameters);
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    JsonNode manifest =
        BulkData.manifest(
            Http.DOCTOR, accepted.headers().firstValue("Content-Location").orElseThrow());
    assertThat(manifest.get("error")).isEmpty();
    return BulkData.files(Http.DOCTOR, manifest);
  }

  private static List<String> ids(List<IBaseResource> resources) {
    return resources.stream().map(r -> r.getIdElement().getIdPart()).toList();
  }

  private static OperationOutcome outcome(HttpResponse<String> answer) {
    return JSON.parseResource(OperationOutcome.class, answer.body());
  }

  /** One of the doctor's patients enrolled in DM2. */
  private String aDm2Patient() {
    return patientIds(Http.DOCTOR, 50).stream()
        .filter(
            id ->
                JSON
                    .parseResource(
                        Bundle.class,
                        Http.get(base, "fhir/EpisodeOfCare?patient=Patient/" + id).body())
                    .getEntry()
                    .stream()
                    .anyMatch(
                        e ->
                            "01"
                                .equals(
                                    ((EpisodeOfCare) e.getResource())
                                        .getTypeFirstRep()
                                        .getCodingFirstRep()
                                        .getCode())))
        .findFirst()
        .orElseThrow();
  }

  private String newPatient() {
    HttpResponse<String> created =
        Http.postJson(
            base,
            "fhir/Patient",
            PatientFhirIT.patientJson(PatientFhirIT.uniqueFamilyName(), "1961-02-03", "female"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return new IdType(created.headers().firstValue("Location").orElseThrow()).getIdPart();
  }

  @Test
  void patientLevelPost_shouldExportExactlyTheNamedPatients() throws Exception {
    List<String> mine = patientIds(Http.DOCTOR, 3);

    Map<String, List<IBaseResource>> files =
        exported(
            "fhir/Patient/$export", parameters("Patient,EpisodeOfCare", mine.get(0), mine.get(2)));

    assertThat(ids(files.get("Patient"))).containsExactlyInAnyOrder(mine.get(0), mine.get(2));
    assertThat(files.getOrDefault("EpisodeOfCare", List.of()))
        .allSatisfy(
            e ->
                assertThat(((EpisodeOfCare) e).getPatient().getReferenceElement().getIdPart())
                    .isIn(mine.get(0), mine.get(2)));
  }

  @Test
  void groupLevelPost_shouldExportTheNamedMemberAndRefuseANonMember() throws Exception {
    String member = aDm2Patient();
    String notEnrolled = newPatient();

    HttpResponse<String> refused =
        BulkData.kickOff(
            Http.DOCTOR,
            base,
            "fhir/Group/programme-DM2/$export",
            parameters("Patient", member, notEnrolled));
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    assertThat(outcome(refused).getIssueFirstRep().getDiagnostics())
        .startsWith("Patient/" + notEnrolled + " is not among the patients you may export");

    Map<String, List<IBaseResource>> files =
        exported("fhir/Group/programme-DM2/$export", parameters("Patient", member));
    assertThat(ids(files.get("Patient"))).containsExactly(member);
  }

  @Test
  void namedPatientsBeyondReach_shouldBeRefusedEachByName() {
    String mine = patientIds(Http.DOCTOR, 1).get(0);
    String othersPractice = patientIds("dr.aydin", 1).get(0);
    String unknown = "999999999999";

    HttpResponse<String> refused =
        BulkData.kickOff(
            Http.DOCTOR,
            base,
            "fhir/Patient/$export",
            parameters("Patient", mine, othersPractice, unknown));

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
    assertThat(outcome(refused).getIssueFirstRep().getDiagnostics())
        .startsWith(
            "Patient/" + othersPractice + ", Patient/" + unknown + " are not among the patients");
  }

  @Test
  void patientAtSystemLevelOrNoPatientReference_shouldBeRefused() {
    String mine = patientIds(Http.DOCTOR, 1).get(0);

    HttpResponse<String> systemPost =
        BulkData.kickOff(Http.DOCTOR, base, "fhir/$export", parameters("Patient", mine));
    assertThat(systemPost.statusCode()).isEqualTo(400);
    assertThat(outcome(systemPost).getIssueFirstRep().getDiagnostics())
        .contains("system-level", "Patient/$export");
    assertThat(
            BulkData.kickOff(Http.DOCTOR, base, "fhir/$export?patient=Patient/" + mine)
                .statusCode())
        .isEqualTo(400);

    var notAPatient = parameters("Patient");
    notAPatient.addParameter().setName("patient").setValue(new Reference("Observation/1"));
    HttpResponse<String> refused =
        BulkData.kickOff(Http.DOCTOR, base, "fhir/Patient/$export", notAPatient);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("Observation/1");
  }

  @Test
  void unsupportedParameters_shouldBeRefusedEachByName() {
    HttpResponse<String> refused =
        BulkData.kickOff(Http.DOCTOR, base, "fhir/$export?" + UNSUPPORTED);

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(outcome(refused).getIssue())
        .extracting(OperationOutcomeIssueComponent::getDiagnostics)
        .hasSize(4)
        .anySatisfy(d -> assertThat(d).startsWith("The parameter _elements is not read"))
        .anySatisfy(d -> assertThat(d).startsWith("The parameter foo is not read"))
        .anySatisfy(d -> assertThat(d).startsWith("The parameter organizeOutputBy is not read"))
        .anySatisfy(
            d -> assertThat(d).startsWith("The parameter includeAssociatedData is not read"));

    var inTheBody = parameters("Patient");
    inTheBody.addParameter("_elements", "id");
    HttpResponse<String> post =
        BulkData.kickOff(Http.DOCTOR, base, "fhir/Patient/$export", inTheBody);
    assertThat(post.statusCode()).isEqualTo(400);
    assertThat(post.body()).contains("_elements");
    HttpResponse<String> inTheUrl =
        BulkData.kickOff(
            Http.DOCTOR,
            base,
            "fhir/Patient/$export?_since=2020-01-01T00:00:00Z",
            parameters("Patient"));
    assertThat(inTheUrl.statusCode()).isEqualTo(400);
    assertThat(outcome(inTheUrl).getIssueFirstRep().getDiagnostics())
        .contains("_since", "Parameters body");
  }

  @Test
  void unsupportedParametersWhenLenient_shouldBeIgnoredAndListedInTheErrorFile() throws Exception {
    HttpResponse<String> accepted =
        BulkData.kickOff(
            Http.DOCTOR, base, "fhir/$export?" + UNSUPPORTED, "respond-async, handling=lenient");
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);

    JsonNode manifest =
        BulkData.manifest(
            Http.DOCTOR, accepted.headers().firstValue("Content-Location").orElseThrow());

    assertThat(manifest.get("output"))
        .extracting(o -> o.get("type").asText())
        .containsExactly("Patient");
    JsonNode error = manifest.get("error");
    assertThat(error).hasSize(1);
    assertThat(error.get(0).get("type").asText()).isEqualTo("OperationOutcome");
    assertThat(error.get(0).get("count").asInt()).isEqualTo(1);
    HttpResponse<String> file = BulkData.poll(Http.DOCTOR, error.get(0).get("url").asText());
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(JSON.parseResource(OperationOutcome.class, file.body().strip()).getIssue())
        .hasSize(4)
        .allSatisfy(
            issue -> {
              assertThat(issue.getSeverity()).isEqualTo(OperationOutcome.IssueSeverity.WARNING);
              assertThat(issue.getDiagnostics()).contains("was ignored");
            })
        .anySatisfy(issue -> assertThat(issue.getDiagnostics()).contains("_elements"));
  }

  @Test
  void cancelRightAfterKickOff_shouldAnswer202ThenNotFoundAndNeverFail() {
    List<String> jobs = new ArrayList<>();
    for (int i = 0; i < CANCELS; i++) {
      // of patients only: each writer writes a page before it sees the cancel, and 50 pages of
      // whole records took minutes on a busy two-core machine
      String status = BulkData.started(INSURER, base, "fhir/$export?_type=Patient");
      HttpResponse<String> cancelled = BulkData.cancel(INSURER, status);
      assertThat(cancelled.statusCode()).as("cancel %d: %s", i, cancelled.body()).isEqualTo(202);
      HttpResponse<String> again = BulkData.cancel(INSURER, status);
      assertThat(again.statusCode()).as("cancel again %d: %s", i, again.body()).isEqualTo(404);
      assertThat(BulkData.poll(INSURER, status).statusCode()).isEqualTo(404);
      jobs.add(BulkData.jobId(status));
    }

    Path exports = Path.of(System.getProperty("jboss.home"), "standalone", "data", "bulk-export");
    Awaitility.await()
        .atMost(Duration.ofSeconds(120))
        .untilAsserted(
            () ->
                assertThat(jobs)
                    .allSatisfy(job -> assertThat(exports.resolve(job)).doesNotExist()));
  }
}
