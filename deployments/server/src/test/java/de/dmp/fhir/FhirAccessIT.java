package de.dmp.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import de.dmp.demo.boundary.DemoData;
import de.dmp.it.Deployments;
import de.dmp.it.Http;
import de.dmp.it.Pages;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may do what over FHIR, with the demo accounts: every refused request gets 401 or 403 with an
 * OperationOutcome and not a byte of the patient's data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FhirAccessIT {

  private static final IParser JSON = FhirContext.forR4Cached().newJsonParser();
  private static final String OTHER_DOCTOR = "dr.aydin";
  private static final String STAFF = "mfa.weber";
  private static final String INSURER = "kasse.demo";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application(FhirAccessIT.class);
  }

  @ArquillianResource private URL base;

  private String family;
  private String patientId;

  @BeforeEach
  void doctorRegistersAPatient() {
    family = PatientFhirIT.uniqueFamilyName();
    HttpResponse<String> created =
        Http.postJson(
            base, "fhir/Patient", PatientFhirIT.patientJson(family, "1950-02-02", "male"));
    assertThat(created.statusCode()).isEqualTo(201);
    patientId = JSON.parseResource(Patient.class, created.body()).getIdElement().getIdPart();
  }

  private static void assertRefused(HttpResponse<String> response, int status, String family) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(JSON.parseResource(OperationOutcome.class, response.body()).getIssue()).isNotEmpty();
    assertThat(response.body()).doesNotContain(family, "birthDate");
  }

  private int total(String user) {
    return JSON.parseResource(
            Bundle.class, Http.getAs(user, base, "fhir/Patient?family=" + family).body())
        .getTotal();
  }

  @Test
  void metadata_shouldBeReadableWithoutLogin() {
    assertThat(Http.getAnonymously(base, "fhir/metadata").statusCode()).isEqualTo(200);
  }

  @Test
  void anyPatientRequest_shouldAsk401WithoutOrWithWrongCredentials() {
    HttpResponse<String> anonymous = Http.getAnonymously(base, "fhir/Patient/" + patientId);
    assertRefused(anonymous, 401, family);
    assertThat(anonymous.headers().allValues("WWW-Authenticate"))
        .anySatisfy(challenge -> assertThat(challenge).startsWith("Basic"))
        .anySatisfy(challenge -> assertThat(challenge).startsWith("Bearer"));

    HttpResponse<String> wrongPassword =
        Http.send(
            Http.withPassword(
                Http.DOCTOR,
                "not-the-password",
                HttpRequest.newBuilder(java.net.URI.create(base + "fhir/Patient/" + patientId))));
    assertRefused(wrongPassword, 401, family);
  }

  @Test
  void fhirAnswers_shouldSetNoCookieWhileTheUiLoginKeepsItsSession() {
    HttpResponse<String> token =
        Http.send(
            Http.authenticated(
                STAFF, Http.formPost(base, "fhir/token", "grant_type=client_credentials")));
    String accessToken = Http.accessToken(base, STAFF);
    List<Map.Entry<Integer, HttpResponse<String>>> answers =
        List.of(
            Map.entry(200, token),
            Map.entry(200, Http.getAs(OTHER_DOCTOR, base, "fhir/Patient?family=x")),
            Map.entry(200, Http.get(base, "fhir/Patient?family=" + family + "&_count=1&_offset=0")),
            Map.entry(
                200,
                Http.send(
                    Http.withToken(accessToken, Http.request(base, "fhir/Patient/" + patientId)))),
            Map.entry(
                201,
                Http.postJson(
                    base,
                    "fhir/Patient",
                    PatientFhirIT.patientJson(
                        PatientFhirIT.uniqueFamilyName(), "1950-02-02", "male"))),
            Map.entry(401, Http.getAnonymously(base, "fhir/Patient/" + patientId)),
            Map.entry(403, Http.getAs(OTHER_DOCTOR, base, "fhir/Patient/" + patientId)),
            Map.entry(404, Http.get(base, "fhir/Patient/999999999")),
            Map.entry(200, Http.getAnonymously(base, "fhir/metadata")));

    answers.forEach(
        expected -> {
          HttpResponse<String> answer = expected.getValue();
          assertThat(answer.statusCode()).as(answer.uri().toString()).isEqualTo(expected.getKey());
          assertThat(answer.headers().allValues("Set-Cookie"))
              .as(answer.uri().toString())
              .isEmpty();
        });
    assertThat(Pages.loggedIn(base, Http.DOCTOR, DemoData.PASSWORD).get("worklist.xhtml").body())
        .contains("<form id=\"worklist\"");
  }

  @Test
  void doctorAndStaffOfThePractice_shouldReadThePatient() {
    assertThat(Http.get(base, "fhir/Patient/" + patientId).statusCode()).isEqualTo(200);
    assertThat(Http.getAs(STAFF, base, "fhir/Patient/" + patientId).statusCode()).isEqualTo(200);
    assertThat(total(STAFF)).isEqualTo(1);
  }

  @Test
  void doctorOfAnotherPractice_shouldNeitherReadNorFindThePatient() {
    assertRefused(Http.getAs(OTHER_DOCTOR, base, "fhir/Patient/" + patientId), 403, family);
    assertThat(total(OTHER_DOCTOR)).isZero();
  }

  @Test
  void insurer_shouldNotSeeAPatientWithoutConsentNorWrite() {
    assertRefused(Http.getAs(INSURER, base, "fhir/Patient/" + patientId), 403, family);
    assertThat(total(INSURER)).isZero();
    assertRefused(
        Http.postJsonAs(
            INSURER, base, "fhir/Patient", PatientFhirIT.patientJson(family, "1950-02-02", "male")),
        403,
        "Patient/");
    assertThat(total(Http.DOCTOR)).isEqualTo(1);
  }

  @Test
  void refusalByRole_shouldBeInTheAuditTrail() {
    assertRefused(
        Http.putJsonAs(
            INSURER,
            base,
            "fhir/Patient/" + patientId,
            PatientFhirIT.withId(
                patientId, PatientFhirIT.patientJson(family, "1950-02-02", "male")),
            "W/\"0\""),
        403,
        family);

    Bundle trail =
        JSON.parseResource(
            Bundle.class, Http.getAs(DemoData.ADMIN, base, "fhir/AuditEvent?_count=20").body());
    assertThat(trail.getEntry())
        .extracting(e -> (org.hl7.fhir.r4.model.AuditEvent) e.getResource())
        .anySatisfy(
            event -> {
              assertThat(event.getAgentFirstRep().getWho().getDisplay()).isEqualTo(INSURER);
              assertThat(event.getAction().toCode()).isEqualTo("U");
              assertThat(event.getOutcome().toCode()).isEqualTo("4");
              assertThat(event.getEntity())
                  .anySatisfy(
                      entity ->
                          assertThat(entity.getWhat().getReference())
                              .isEqualTo("Patient/" + patientId));
            });
  }

  @Test
  void search_shouldTreatInjectionAttemptsAsPlainText() {
    for (String attempt : new String[] {"x' OR '1'='1", "%", "_", "\\"}) {
      HttpResponse<String> response =
          Http.getAs(
              Http.DOCTOR,
              base,
              "fhir/Patient?family="
                  + java.net.URLEncoder.encode(attempt, java.nio.charset.StandardCharsets.UTF_8));
      assertThat(response.statusCode()).as(attempt).isEqualTo(200);
      assertThat(JSON.parseResource(Bundle.class, response.body()).getTotal()).as(attempt).isZero();
    }
  }

  @Test
  void auditEvents_shouldBeReadableByAdministratorsOnly() {
    HttpResponse<String> asAdmin = Http.getAs(DemoData.ADMIN, base, "fhir/AuditEvent?_count=50");

    assertThat(asAdmin.statusCode()).isEqualTo(200);
    Bundle trail = JSON.parseResource(Bundle.class, asAdmin.body());
    assertThat(trail.getTotal()).isPositive();
    assertThat(asAdmin.body()).contains("Patient/" + patientId).doesNotContain(family);
    assertRefused(Http.getAs(Http.DOCTOR, base, "fhir/AuditEvent"), 403, family);
  }

  @Test
  void administrator_shouldSeeNoPatientData() {
    assertRefused(Http.getAs(DemoData.ADMIN, base, "fhir/Patient/" + patientId), 403, family);
    assertRefused(Http.getAs(DemoData.ADMIN, base, "fhir/Patient?family=" + family), 403, family);
  }
}
