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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Parameters;

/** A Bulk Data client as the protocol asks: poll the status until the manifest, read the files. */
public final class BulkData {

  private static final IParser JSON = FhirContext.forR4Cached().newJsonParser();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Duration EXPORT_TIMEOUT = Duration.ofSeconds(120);

  private BulkData() {}

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
                .POST(
                    HttpRequest.BodyPublishers.ofString(JSON.encodeResourceToString(parameters)))));
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
    return Http.send(Http.authenticated(user, HttpRequest.newBuilder(URI.create(url))));
  }

  /** Polls until the manifest is there, waiting as Retry-After says; progress is reported. */
  public static JsonNode manifest(String user, String url) throws Exception {
    Instant giveUp = Instant.now().plus(EXPORT_TIMEOUT);
    while (Instant.now().isBefore(giveUp)) {
      HttpResponse<String> status = poll(user, url);
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
    for (JsonNode output : manifest.get("output")) {
      HttpResponse<String> file = poll(user, output.get("url").asText());
      assertThat(file.statusCode()).isEqualTo(200);
      assertThat(file.headers().firstValue("Content-Type"))
          .get()
          .asString()
          .startsWith("application/fhir+ndjson");
      List<IBaseResource> resources = new ArrayList<>();
      for (String line : file.body().split("\n")) {
        resources.add(JSON.parseResource(line));
      }
      assertThat(resources).hasSize(output.get("count").asInt());
      byType.put(output.get("type").asText(), resources);
    }
    return byType;
  }
}
