package de.dmp.it;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Parameters;

/** A Bulk Data client as the protocol asks: poll the status until the manifest, read the files. */
public final class BulkData {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Duration EXPORT_TIMEOUT = Duration.ofSeconds(120);

  private BulkData() {}

  /**
   * What uses HAPI, in a class of its own that is loaded only when a resource is parsed or written:
   * in-container tests, which do not see the web application's HAPI, poll and download with this
   * class too, and checking code that hands a resource to HAPI would load HAPI's types.
   */
  private static final class Fhir {
    static final IParser JSON = FhirContext.forR4Cached().newJsonParser();

    static String encoded(Parameters parameters) {
      return JSON.encodeResourceToString(parameters);
    }

    static List<IBaseResource> parsed(List<String> lines) {
      return lines.stream().map(JSON::parseResource).toList();
    }
  }

  /** How the client logs in on every request: HTTP Basic as a demo user, or a bearer token. */
  public interface Login extends UnaryOperator<HttpRequest.Builder> {

    static Login as(String user) {
      return request -> Http.authenticated(user, request);
    }

    static Login bearer(String token) {
      return request -> Http.withToken(token, request);
    }
  }

  /** Asks for an export as the protocol does: asynchronously. */
  public static HttpResponse<String> kickOff(String user, URL base, String path) {
    return kickOff(user, base, path, "respond-async");
  }

  /**
   * Asks for an export with a GET and these preferences, e.g. "respond-async, handling=lenient".
   */
  public static HttpResponse<String> kickOff(String user, URL base, String path, String prefer) {
    return Http.send(
        Http.authenticated(
            user, HttpRequest.newBuilder(URI.create(base + path)).header("Prefer", prefer)));
  }

  /** Asks for an export with a POST of its parameters, as Bulk Data 2.0 allows. */
  public static HttpResponse<String> kickOff(
      String user, URL base, String path, Parameters parameters) {
    return Http.send(
        Http.authenticated(
            user,
            HttpRequest.newBuilder(URI.create(base + path))
                .header("Prefer", "respond-async")
                .header("Content-Type", "application/fhir+json")
                .POST(HttpRequest.BodyPublishers.ofString(Fhir.encoded(parameters)))));
  }

  /** Cancels an export: DELETE on its status URL. */
  public static HttpResponse<String> cancel(String user, String url) {
    return Http.send(Http.authenticated(user, HttpRequest.newBuilder(URI.create(url)).DELETE()));
  }

  /** The id of an export, from its status URL. */
  public static String jobId(String statusUrl) {
    return statusUrl.substring(statusUrl.indexOf("_jobId=") + "_jobId=".length());
  }

  /** Starts an export and answers the URL to poll. */
  public static String started(String user, URL base, String path) {
    HttpResponse<String> accepted = kickOff(user, base, path);
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
    return accepted.headers().firstValue("Content-Location").orElseThrow();
  }

  public static HttpResponse<String> poll(String user, String url) {
    return poll(Login.as(user), url);
  }

  public static HttpResponse<String> poll(Login login, String url) {
    return Http.send(login.apply(HttpRequest.newBuilder(URI.create(url))));
  }

  public static JsonNode manifest(String user, String url) throws Exception {
    return manifest(Login.as(user), url);
  }

  /** Polls until the manifest is there, waiting as Retry-After says; progress is reported. */
  public static JsonNode manifest(Login login, String url) throws Exception {
    Instant giveUp = Instant.now().plus(EXPORT_TIMEOUT);
    while (Instant.now().isBefore(giveUp)) {
      HttpResponse<String> status = poll(login, url);
      if (status.statusCode() == 200) {
        return MAPPER.readTree(status.body());
      }
      assertThat(status.statusCode()).as(status.body()).isEqualTo(202);
      assertThat(status.headers().firstValue("X-Progress")).get().asString().contains("patients");
      Thread.sleep(Long.parseLong(status.headers().firstValue("Retry-After").orElse("1")) * 100);
    }
    throw new AssertionError("the export did not finish within " + EXPORT_TIMEOUT);
  }

  /** The resources of every file of the manifest, by type, each file read as its owner. */
  public static Map<String, List<IBaseResource>> files(String user, JsonNode manifest) {
    Map<String, List<IBaseResource>> byType = new TreeMap<>();
    lines(Login.as(user), manifest).forEach((type, lines) -> byType.put(type, Fhir.parsed(lines)));
    return byType;
  }

  /**
   * The lines of every file of the manifest as downloaded, one resource each, by type; each file
   * holds as many as the manifest counts.
   */
  public static Map<String, List<String>> lines(Login login, JsonNode manifest) {
    Map<String, List<String>> byType = new TreeMap<>();
    for (JsonNode output : manifest.get("output")) {
      HttpResponse<String> file = poll(login, output.get("url").asText());
      assertThat(file.statusCode()).as(file.body()).isEqualTo(200);
      assertThat(file.headers().firstValue("Content-Type"))
          .get()
          .asString()
          .startsWith("application/fhir+ndjson");
      List<String> lines = file.body().lines().toList();
      assertThat(lines).hasSize(output.get("count").asInt());
      byType.put(output.get("type").asText(), lines);
    }
    return byType;
  }
}
