package de.dmp.platform;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.demo.boundary.DemoData;
import de.dmp.it.Deployments;
import de.dmp.it.Http;
import de.dmp.it.Pages;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Malformed and huge requests, to the FHIR endpoint and to the UI's forms: refused with an answer a
 * person can act on, never a stack trace, while everybody else is served as before.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileRequestsIT {

  private static final int MIB = 1024 * 1024;

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application(HostileRequestsIT.class);
  }

  @ArquillianResource private URL base;

  private HttpResponse<String> postFhir(String body) {
    return Http.send(
        Http.authenticated(
            Http.DOCTOR,
            Http.request(base, "fhir/Patient")
                .header("Content-Type", "application/fhir+json")
                .POST(HttpRequest.BodyPublishers.ofString(body))));
  }

  private static void assertNoInternals(HttpResponse<String> response) {
    assertThat(response.body()).doesNotContain("\tat ").doesNotContain("Caused by");
  }

  @Test
  void malformedFhirJson_shouldBeRefusedWith400NamingTheProblem() {
    HttpResponse<String> truncated = postFhir("{\"resourceType\":\"Patient\",\"name\":[{\"fam");
    HttpResponse<String> notFhir = postFhir("{\"resourceType\":\"Spaceship\"}");

    assertThat(truncated.statusCode()).isEqualTo(400);
    assertThat(truncated.body()).contains("OperationOutcome");
    assertNoInternals(truncated);
    assertThat(notFhir.statusCode()).isEqualTo(400);
    assertThat(notFhir.body()).contains("Spaceship");
  }

  @Test
  void deeplyNestedFhirJson_shouldBeRefusedWithoutExhaustingTheServer() {
    String nested = "[".repeat(100_000) + "]".repeat(100_000);

    HttpResponse<String> response =
        postFhir("{\"resourceType\":\"Patient\",\"extension\":" + nested + "}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertNoInternals(response);
    assertThat(Http.get(base, "fhir/Patient?family=m").statusCode()).isEqualTo(200);
  }

  @Test
  void hugeFormPost_shouldBeRefusedWhileAnotherUserIsServed() throws Exception {
    HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    CompletableFuture<Integer> huge =
        client
            .sendAsync(
                HttpRequest.newBuilder(URI.create(base + "j_security_check"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("j_username=" + "x".repeat(13 * MIB)))
                    .timeout(Duration.ofMinutes(1))
                    .build(),
                HttpResponse.BodyHandlers.discarding())
            .thenApply(HttpResponse::statusCode)
            .exceptionally(closedByTheServer -> 413);

    HttpResponse<String> other = Http.get(base, "fhir/Patient?family=m");

    assertThat(other.statusCode()).isEqualTo(200);
    assertThat(huge.get()).isIn(400, 413);
  }

  private HttpResponse<String> postForm(String path, String fields)
      throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(fields))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void formWithTensOfThousandsOfFields_shouldBeRefusedWith400() throws Exception {
    String fields = "f=1&".repeat(50_000);

    HttpResponse<String> page = postForm("login.xhtml", fields);
    HttpResponse<String> login = postForm("j_security_check", fields + "j_username=dr.weber");

    assertThat(page.statusCode()).isEqualTo(400);
    assertThat(page.body()).contains("The form could not be read");
    // WildFly's form login reads the fields before any of the application's code: its plain 500
    assertThat(login.statusCode()).isNotEqualTo(200);
    assertNoInternals(login);
    assertThat(Http.getAnonymously(base, "health/live").statusCode()).isEqualTo(200);
  }

  @Test
  void forgedViewStateAfterLogin_shouldLeadBackToTheDoctorsStartPage() throws Exception {
    Pages doctor = Pages.loggedIn(base, Http.DOCTOR, DemoData.PASSWORD);

    HttpResponse<String> forged =
        doctor.postForm(
            "worklist.xhtml", "worklist=worklist&jakarta.faces.ViewState=forged%3A1234");

    assertThat(forged.statusCode()).isEqualTo(200);
    assertNoInternals(forged);
    assertThat(forged.body()).contains("<form id=\"worklist\"");
  }
}
