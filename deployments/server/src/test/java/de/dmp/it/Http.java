package de.dmp.it;

import de.dmp.demo.boundary.DemoData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A plain HTTP client for black-box tests, as any outside system would call the server. */
public final class Http {

  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");

  private Http() {}

  /** The demo doctor of the "Hausarztpraxis am Dom", the test server's default FHIR user. */
  public static final String DOCTOR = "dr.weber";

  public static HttpResponse<String> get(URL base, String path) {
    return getAs(DOCTOR, base, path);
  }

  public static HttpResponse<String> getAs(String user, URL base, String path) {
    return send(authenticated(user, HttpRequest.newBuilder(uri(base, path)).GET()));
  }

  public static HttpResponse<String> getAnonymously(URL base, String path) {
    return send(HttpRequest.newBuilder(uri(base, path)).GET());
  }

  public static HttpResponse<String> postJson(URL base, String path, String body) {
    return postJsonAs(DOCTOR, base, path, body);
  }

  public static HttpResponse<String> postJsonAs(String user, URL base, String path, String body) {
    return send(authenticated(user, jsonPost(base, path, body)));
  }

  /** A POST that asks for the server's texts in a language with {@code Accept-Language}. */
  public static HttpResponse<String> postJsonAs(
      String user, URL base, String path, String body, String acceptLanguage) {
    return send(
        authenticated(user, jsonPost(base, path, body).header("Accept-Language", acceptLanguage)));
  }

  /** A FHIR conditional create as the demo doctor: only if the search finds nothing. */
  public static HttpResponse<String> postJsonIfNoneExist(
      URL base, String path, String body, String search) {
    return send(authenticated(DOCTOR, jsonPost(base, path, body).header("If-None-Exist", search)));
  }

  private static HttpRequest.Builder jsonPost(URL base, String path, String body) {
    return HttpRequest.newBuilder(uri(base, path))
        .header("Content-Type", "application/fhir+json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  /** A PUT of a FHIR resource, with the If-Match header unless it is null. */
  public static HttpResponse<String> putJsonAs(
      String user, URL base, String path, String body, String ifMatch) {
    var request =
        HttpRequest.newBuilder(uri(base, path))
            .header("Content-Type", "application/fhir+json")
            .PUT(HttpRequest.BodyPublishers.ofString(body));
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return send(authenticated(user, request));
  }

  /** HTTP Basic with the demo password, as FHIR clients log in. */
  public static HttpRequest.Builder authenticated(String user, HttpRequest.Builder request) {
    return withPassword(user, DemoData.PASSWORD, request);
  }

  public static HttpRequest.Builder withPassword(
      String user, String password, HttpRequest.Builder request) {
    String token =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return request.header("Authorization", "Basic " + token);
  }

  /** A bearer token, as OAuth clients log in once they have one. */
  public static HttpRequest.Builder withToken(String token, HttpRequest.Builder request) {
    return request.header("Authorization", "Bearer " + token);
  }

  /** An HTML-form POST, as OAuth's token endpoint wants it. */
  public static HttpRequest.Builder formPost(URL base, String path, String form) {
    return HttpRequest.newBuilder(uri(base, path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form));
  }

  /** An access token for the user with the demo password. */
  public static String accessToken(URL base, String user) {
    return accessToken(base, user, DemoData.PASSWORD);
  }

  /** An access token for the user with that password, from the client credentials grant. */
  public static String accessToken(URL base, String user, String password) {
    HttpResponse<String> answer =
        send(
            withPassword(
                user, password, formPost(base, "fhir/token", "grant_type=client_credentials")));
    if (answer.statusCode() != 200) {
      throw new IllegalStateException("no token for " + user + ": " + answer.body());
    }
    Matcher token = ACCESS_TOKEN.matcher(answer.body());
    if (!token.find()) {
      throw new IllegalStateException("no access_token in " + answer.body());
    }
    return token.group(1);
  }

  public static HttpRequest.Builder request(URL base, String path) {
    return HttpRequest.newBuilder(uri(base, path));
  }

  private static URI uri(URL base, String path) {
    return URI.create(base.toExternalForm()).resolve(path);
  }

  public static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return CLIENT.send(
          request.header("Accept", "application/fhir+json").timeout(Duration.ofSeconds(60)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
