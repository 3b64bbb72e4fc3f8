package de.dmp.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.it.Deployments;
import de.dmp.it.Http;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Oversized and compressed bodies against the real server: refused, and the server unharmed. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FhirLimitsIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application(FhirLimitsIT.class);
  }

  @ArquillianResource private URL base;

  private static byte[] gzip(byte[] content, long repeat) throws IOException {
    var out = new ByteArrayOutputStream();
    try (var gzip = new GZIPOutputStream(out)) {
      for (long i = 0; i < repeat; i++) {
        gzip.write(content);
      }
    }
    return out.toByteArray();
  }

  private HttpResponse<String> postPatient(byte[] body, boolean gzipped) {
    var request =
        HttpRequest.newBuilder(URI.create(base + "fhir/Patient"))
            .header("Content-Type", "application/fhir+json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (gzipped) {
      request.header("Content-Encoding", "gzip");
    }
    return Http.send(Http.authenticated(Http.DOCTOR, request));
  }

  @Test
  void gzipBomb_shouldBeRefusedWith413AndLeaveTheServerServing() throws IOException {
    byte[] bomb = gzip(new byte[1024 * 1024], 200);

    HttpResponse<String> response = postPatient(bomb, true);

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).contains("OperationOutcome", "10 MiB");
    assertThat(Http.getAnonymously(base, "fhir/metadata").statusCode()).isEqualTo(200);
  }

  @Test
  void gzipPatient_shouldBeCreatedLikeAPlainOne() throws IOException {
    String json =
        PatientFhirIT.patientJson(PatientFhirIT.uniqueFamilyName(), "1961-06-06", "female");

    HttpResponse<String> response =
        postPatient(gzip(json.getBytes(StandardCharsets.UTF_8), 1), true);

    assertThat(response.statusCode()).isEqualTo(201);
  }

  @Test
  void oversizedBody_shouldBeRefusedWith413() {
    HttpResponse<String> response = postPatient(new byte[11 * 1024 * 1024], false);

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(Http.getAnonymously(base, "fhir/metadata").statusCode()).isEqualTo(200);
  }
}
