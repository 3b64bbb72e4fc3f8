package de.dmp.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.databind.JsonNode;
import de.dmp.demo.boundary.DemoData;
import de.dmp.it.BulkData;
import de.dmp.it.Deployments;
import de.dmp.it.Http;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** FHIR Bulk Data export over HTTP, as an insurer's or a practice's system pulls it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BulkExportFhirIT {

  private static final IParser JSON = FhirContext.forR4Cached().newJsonParser();
  private static final String INSURER = "kasse.demo";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application(BulkExportFhirIT.class);
  }

  @ArquillianResource private URL base;

  private HttpResponse<String> kickOff(String user, String path) {
    return BulkData.kickOff(user, base, path);
  }

  private String started(String user, String path) {
    return BulkData.started(user, base, path);
  }

  private int patientTotal(String user) {
    return JSON.parseResource(Bundle.class, Http.getAs(user, base, "fhir/Patient?_count=1").body())
        .getTotal();
  }

  @Test
  void insurerExport_shouldHoldItsConsentingMembersAndNoDrafts() throws Exception {
    String poll = started(INSURER, "fhir/$export");
    JsonNode manifest = BulkData.manifest(INSURER, poll);

    Map<String, List<IBaseResource>> files = BulkData.files(INSURER, manifest);
    assertThat(manifest.get("requiresAccessToken").asBoolean()).isTrue();
    assertThat(manifest.get("request").asText()).endsWith("$export");
    assertThat(files.get("Patient")).hasSize(patientTotal(INSURER));
    assertThat(files)
        .containsKeys(
            "Coverage", "EpisodeOfCare", "QuestionnaireResponse", "Observation", "Encounter");
    assertThat(files.get("QuestionnaireResponse"))
        .allSatisfy(
            r ->
                assertThat(((QuestionnaireResponse) r).getStatus().toCode())
                    .isNotEqualTo("in-progress"));
    String somePatient = files.get("Patient").get(0).getIdElement().getIdPart();
    assertThat(Http.getAs(INSURER, base, "fhir/Patient/" + somePatient).statusCode())
        .isEqualTo(200);
  }

  @Test
  void practiceExport_shouldHoldTheAskedTypesOfItsPatientsOnly() throws Exception {
    JsonNode manifest =
        BulkData.manifest(
            Http.DOCTOR, started(Http.DOCTOR, "fhir/Patient/$export?_type=Patient,EpisodeOfCare"));

    Map<String, List<IBaseResource>> files = BulkData.files(Http.DOCTOR, manifest);
    assertThat(files.keySet()).containsExactly("EpisodeOfCare", "Patient");
    assertThat(files.get("Patient")).hasSize(patientTotal(Http.DOCTOR));
    assertThat(files.get("EpisodeOfCare"))
        .allSatisfy(
            e ->
                assertThat(((EpisodeOfCare) e).getManagingOrganization().getDisplay())
                    .isEqualTo("Hausarztpraxis am Dom"));
  }

  @Test
  void programmeGroupExport_shouldHoldThatProgrammesEnrolmentsOnly() throws Exception {
    JsonNode manifest =
        BulkData.manifest(
            Http.DOCTOR,
            started(Http.DOCTOR, "fhir/Group/programme-DM2/$export?_type=EpisodeOfCare"));

    assertThat(BulkData.files(Http.DOCTOR, manifest).get("EpisodeOfCare"))
        .isNotEmpty()
        .allSatisfy(
            e ->
                assertThat(((EpisodeOfCare) e).getTypeFirstRep().getCodingFirstRep().getCode())
                    .isEqualTo("01"));
  }

  @Test
  void sinceExport_shouldHoldOnlyWhatChangedSince() throws Exception {
    Instant before = Instant.now().minusSeconds(1);
    String family = PatientFhirIT.uniqueFamilyName();
    assertThat(
            Http.postJson(
                    base, "fhir/Patient", PatientFhirIT.patientJson(family, "1950-05-05", "male"))
                .statusCode())
        .isEqualTo(201);

    JsonNode manifest =
        BulkData.manifest(
            Http.DOCTOR, started(Http.DOCTOR, "fhir/$export?_type=Patient&_since=" + before));

    List<IBaseResource> patients = BulkData.files(Http.DOCTOR, manifest).get("Patient");
    assertThat(patients).isNotEmpty().hasSizeLessThan(patientTotal(Http.DOCTOR));
    assertThat(patients)
        .anySatisfy(p -> assertThat(JSON.encodeResourceToString(p)).contains(family));
  }

  @Test
  void export_shouldBeTheOwnersOnlyAndCancellable() throws Exception {
    String poll = started(Http.DOCTOR, "fhir/$export?_type=Patient");
    JsonNode manifest = BulkData.manifest(Http.DOCTOR, poll);
    String file = manifest.get("output").get(0).get("url").asText();

    assertThat(BulkData.poll("dr.aydin", poll).statusCode()).isEqualTo(404);
    assertThat(BulkData.poll("dr.aydin", file).statusCode()).isEqualTo(404);
    assertThat(BulkData.poll(INSURER, file).body()).doesNotContain("\"resourceType\":\"Patient\"");

    assertThat(BulkData.cancel("dr.aydin", poll).statusCode()).isEqualTo(404);
    assertThat(BulkData.cancel(Http.DOCTOR, poll).statusCode()).isEqualTo(202);
    assertThat(
            Path.of(System.getProperty("jboss.home"), "standalone", "data", "bulk-export")
                .resolve(BulkData.jobId(poll)))
        .doesNotExist();
    assertThat(BulkData.cancel(Http.DOCTOR, poll).statusCode()).isEqualTo(404);
    assertThat(BulkData.poll(Http.DOCTOR, poll).statusCode()).isEqualTo(404);
    assertThat(BulkData.poll(Http.DOCTOR, file).statusCode()).isEqualTo(404);
  }

  @Test
  void export_shouldBeAuditedPerPatient() throws Exception {
    String poll = started(Http.DOCTOR, "fhir/$export?_type=Patient");
    BulkData.manifest(Http.DOCTOR, poll);
    String job = BulkData.jobId(poll);

    Bundle trail =
        JSON.parseResource(
            Bundle.class, Http.getAs(DemoData.ADMIN, base, "fhir/AuditEvent?_count=20").body());
    assertThat(trail.getEntry())
        .extracting(e -> (org.hl7.fhir.r4.model.AuditEvent) e.getResource())
        .anySatisfy(event -> assertThat(event.getOutcomeDesc()).isEqualTo("bulk export " + job));
  }

  @Test
  void unusableRequests_shouldBeRefusedWithAReason() {
    assertThat(Http.get(base, "fhir/$export").statusCode()).isEqualTo(400);
    assertThat(kickOff(Http.DOCTOR, "fhir/$export?_type=Foo").body())
        .contains("cannot be exported");
    assertThat(kickOff(Http.DOCTOR, "fhir/$export?_type=Foo").statusCode()).isEqualTo(400);
    assertThat(kickOff(Http.DOCTOR, "fhir/$export?_typeFilter=Observation%3Fcode%3D1").statusCode())
        .isEqualTo(400);
    assertThat(kickOff(Http.DOCTOR, "fhir/$export?_outputFormat=text/csv").statusCode())
        .isEqualTo(400);
    assertThat(kickOff(Http.DOCTOR, "fhir/$export?_since=gestern").statusCode()).isEqualTo(400);
    assertThat(kickOff(Http.DOCTOR, "fhir/Group/programme-XX/$export").statusCode()).isEqualTo(404);
    assertThat(kickOff(Http.DOCTOR, "fhir/Group/insurer-1/$export").statusCode()).isEqualTo(403);
    assertThat(kickOff(DemoData.ADMIN, "fhir/$export").statusCode()).isEqualTo(403);
    assertThat(
            BulkData.poll(Http.DOCTOR, base + "fhir/$export-poll-status?_jobId=nothing")
                .statusCode())
        .isEqualTo(404);
  }
}
