package de.dmp.benchmark;

import de.dmp.it.Deployments;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * How long the UI's pages take to render on the generated population: each of 40 practices' doctor
 * logs in with the form and opens the start page, the recall list, the patients, the calendar, the
 * quality targets and the chart of one of the practice's patients; the first round is a warm-up.
 */
@ExtendWith(ArquillianExtension.class)
class UiBenchmark {

  private static final String PASSWORD = "bench-2026";
  private static final int PRACTICES = 40;

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.application(UiBenchmark.class)
        .addAsLibrary(Deployments.testLibrary(UiBenchmark.class, Timings.class));
  }

  @ArquillianResource private URL base;
  @Inject private EntityManager em;

  @Test
  void pages() throws IOException {
    Map<String, Timings> pages = new LinkedHashMap<>();
    for (String page : List.of("worklist", "recall", "patients", "calendar", "quality", "chart")) {
      pages.put(page, new Timings(page + ".xhtml"));
    }
    List<Object[]> practices = onePatientPerPractice();
    for (int i = 0; i < practices.size(); i++) {
      HttpClient doctor = loggedIn("doc-" + practices.get(i)[0]);
      for (var page : pages.entrySet()) {
        String path =
            page.getKey().equals("chart")
                ? "chart.xhtml?patient=" + practices.get(i)[1]
                : page.getKey() + ".xhtml";
        if (i == 0) {
          get(doctor, path);
        } else {
          page.getValue().time(() -> get(doctor, path));
        }
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add("| page | calls | median ms | p95 ms | max ms |");
    lines.add("| --- | --- | --- | --- | --- |");
    pages.values().forEach(timings -> lines.add(timings.toString()));
    String table = String.join("\n", lines);
    System.out.println(table);
    Path out = Path.of(System.getProperty("dmp.benchmarks", "target/benchmarks"), "ui.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, table + "\n");
  }

  /** The BSNR of practices spread over the population, each with a patient in an open enrolment. */
  private List<Object[]> onePatientPerPractice() {
    List<Object[]> all =
        em.createQuery(
                "select e.practice.bsnr, min(e.patient.id) from Enrolment e"
                    + " where e.status = 'ACTIVE' group by e.practice.bsnr order by e.practice.bsnr",
                Object[].class)
            .getResultList();
    List<Object[]> spread = new ArrayList<>();
    for (int i = 0; i < PRACTICES && i < all.size(); i++) {
      spread.add(all.get(i * all.size() / PRACTICES));
    }
    return spread;
  }

  /** A browser-like client that has logged in with the form and keeps its session cookie. */
  private HttpClient loggedIn(String user) {
    HttpClient client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
    send(client, HttpRequest.newBuilder(URI.create(base.toString())));
    HttpResponse<String> answer =
        send(
            client,
            HttpRequest.newBuilder(URI.create(base + "j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "j_username=" + user + "&j_password=" + PASSWORD)));
    if (answer.body().contains("j_password")) {
      throw new IllegalStateException(user + " could not log in");
    }
    return client;
  }

  private HttpResponse<String> get(HttpClient client, String path) {
    HttpResponse<String> answer = send(client, HttpRequest.newBuilder(URI.create(base + path)));
    if (answer.statusCode() != 200 || answer.body().contains("j_password")) {
      throw new IllegalStateException(path + " answered " + answer.statusCode() + ", not the page");
    }
    return answer;
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
