package de.dmp.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.audit.boundary.AuditLog;
import de.dmp.audit.entity.AuditEvent;
import de.dmp.demo.boundary.DemoData;
import de.dmp.it.Deployments;
import de.dmp.it.Http;
import de.dmp.it.TestData;
import de.dmp.it.TestData.Clinic;
import de.dmp.security.boundary.Users;
import de.dmp.security.entity.AppUser;
import de.dmp.security.entity.Role;
import jakarta.inject.Inject;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * OAuth 2.0 client credentials over HTTP: the token endpoint, what a token lets its holder do, and
 * that it stops when the account is disabled. Runs in the server to manage accounts, and calls it
 * over HTTP as any client would.
 */
@ExtendWith(ArquillianExtension.class)
class AccessTokenFhirIT {

  private static final Pattern PATIENT_ID = Pattern.compile("\"id\":\"(\\d+)\"");

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.application(AccessTokenFhirIT.class)
        .addAsLibrary(Deployments.testLibrary(AccessTokenFhirIT.class, Http.class));
  }

  @Inject private TestData data;
  @Inject private Users users;
  @Inject private AuditLog auditLog;

  @ArquillianResource private URL base;
  private Clinic clinic;

  @BeforeEach
  void aPracticeWithItsAccounts() {
    clinic = data.clinic();
  }

  private HttpResponse<String> getWithToken(String token, String path) {
    return Http.send(Http.withToken(token, Http.request(base, path).GET()));
  }

  private HttpResponse<String> askForToken(String user, String password, String form) {
    return Http.send(Http.withPassword(user, password, Http.formPost(base, "fhir/token", form)));
  }

  @Test
  void theTokenEndpoint_shouldIssueABearerTokenForAPasswordThatIsNotStored() {
    HttpResponse<String> answer =
        askForToken(clinic.doctor(), TestData.PASSWORD, "grant_type=client_credentials");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).contains("\"token_type\":\"bearer\"", "\"expires_in\":900");
    assertThat(answer.headers().firstValue("Cache-Control")).contains("no-store");
  }

  @Test
  void aToken_shouldActAsItsAccountUntilTheAccountIsDisabled() {
    AppUser doctor =
        TestData.as(
            DemoData.ADMIN,
            () ->
                users.create(
                    "doc-" + TestData.digits(8),
                    TestData.PASSWORD,
                    Role.DOCTOR,
                    clinic.practice().getId(),
                    null));
    String token = Http.accessToken(base, doctor.getUsername());

    HttpResponse<String> created =
        Http.send(
            Http.withToken(
                token,
                Http.request(base, "fhir/Patient")
                    .header("Content-Type", "application/fhir+json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"Tokenholder\","
                                + "\"given\":[\"Eva\"]}],"
                                + "\"birthDate\":\"1960-01-01\",\"gender\":\"female\"}"))));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    Matcher id = PATIENT_ID.matcher(created.body());
    assertThat(id.find()).isTrue();
    assertThat(
            TestData.as(
                DemoData.ADMIN, () -> auditLog.forPatient(Long.parseLong(id.group(1))).stream()))
        .extracting(AuditEvent::getUsername)
        .contains(doctor.getUsername());

    TestData.as(DemoData.ADMIN, () -> users.disable(doctor.getId()));

    HttpResponse<String> afterwards = getWithToken(token, "fhir/Patient/" + id.group(1));
    assertThat(afterwards.statusCode()).isEqualTo(401);
    assertThat(afterwards.body()).contains("OperationOutcome").doesNotContain("Tokenholder");
  }

  @Test
  void aToken_shouldCarryTheRoleOfItsAccount() {
    String insurer = TestData.userOf(data.insurer());
    HttpResponse<String> refused =
        Http.send(
            Http.withToken(
                Http.accessToken(base, insurer),
                Http.request(base, "fhir/Patient")
                    .header("Content-Type", "application/fhir+json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"Kasse\"}]}"))));

    assertThat(refused.statusCode()).isEqualTo(403);
  }

  @Test
  void aTokenThisServerDidNotSign_shouldBeRefusedWithTheBearerChallenge() {
    HttpResponse<String> refused = getWithToken("eyJhbGciOiJIUzI1NiJ9.e30.c2ln", "fhir/Patient");

    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.body()).contains("OperationOutcome", "/fhir/token");
    assertThat(refused.headers().allValues("WWW-Authenticate"))
        .anySatisfy(challenge -> assertThat(challenge).contains("error=\"invalid_token\""))
        .anySatisfy(challenge -> assertThat(challenge).startsWith("Basic"));
  }

  @Test
  void theTokenEndpoint_shouldRefuseATokenAWrongPasswordAndOtherGrants() {
    String token = Http.accessToken(base, clinic.doctor());
    HttpResponse<String> withToken =
        Http.send(
            Http.withToken(
                token, Http.formPost(base, "fhir/token", "grant_type=client_credentials")));
    assertThat(withToken.statusCode()).isEqualTo(401);
    assertThat(askForToken(clinic.doctor(), "not-the-password", "grant_type=client_credentials"))
        .extracting(HttpResponse::statusCode)
        .isEqualTo(401);

    HttpResponse<String> otherGrant =
        askForToken(clinic.doctor(), TestData.PASSWORD, "grant_type=password");
    assertThat(otherGrant.statusCode()).isEqualTo(400);
    assertThat(otherGrant.body()).contains("\"error\":\"unsupported_grant_type\"");
    HttpResponse<String> noGrant = askForToken(clinic.doctor(), TestData.PASSWORD, "scope=x");
    assertThat(noGrant.statusCode()).isEqualTo(400);
    assertThat(noGrant.body()).contains("\"error\":\"invalid_request\"");
  }

  @Test
  void howToLogIn_shouldBePublicInTheSmartConfigurationAndTheCapabilityStatement() {
    HttpResponse<String> smart = Http.getAnonymously(base, "fhir/.well-known/smart-configuration");
    assertThat(smart.statusCode()).isEqualTo(200);
    assertThat(smart.body())
        .contains("\"token_endpoint\":\"" + base + "fhir/token\"", "client_credentials");

    HttpResponse<String> metadata = Http.getAnonymously(base, "fhir/metadata");
    assertThat(metadata.body()).contains("\"code\":\"OAuth\"", base + "fhir/token");
  }
}
