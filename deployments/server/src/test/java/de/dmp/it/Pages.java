package de.dmp.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The UI's pages as a browser fetches them: after the login form, with the session cookie. */
public final class Pages {

  private final URL base;
  private final HttpClient client;

  private Pages(URL base, HttpClient client) {
    this.base = base;
    this.client = client;
  }

  /** A browser-like client that has logged in with the form. */
  public static Pages loggedIn(URL base, String user, String password) {
    var pages =
        new Pages(
            base,
            HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build());
    pages.send(HttpRequest.newBuilder(URI.create(base.toString())));
    HttpResponse<String> answer =
        pages.postForm("j_security_check", "j_username=" + user + "&j_password=" + password);
    if (answer.body().contains("j_password")) {
      throw new IllegalStateException(user + " could not log in");
    }
    return pages;
  }

  /** The page, or an exception if the server answered with anything else. */
  public HttpResponse<String> get(String path) {
    HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + path)));
    if (answer.statusCode() != 200 || answer.body().contains("j_password")) {
      throw new IllegalStateException(path + " answered " + answer.statusCode() + ", not the page");
    }
    return answer;
  }

  /** A form sent as the browser sends it, whatever the server answers. */
  public HttpResponse<String> postForm(String path, String form) {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(
          request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
