package de.dmp.benchmark;

import de.dmp.it.Deployments;
import de.dmp.it.Http;
import de.dmp.it.TestData;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The FHIR API's figures on a generated population (deployments/benchmark), over HTTP against the
 * server it runs in: one patient's HbA1c values newest first, a whole visit's documentation as a
 * transaction, and one insurer's Bulk export with the server's heap sampled while it runs. Prints a
 * Markdown table and writes it to {@code target/benchmarks/fhir.md}.
 */
@ExtendWith(ArquillianExtension.class)
class FhirBenchmark {

  private static final String PASSWORD = "bench-2026";
  private static final String HBA1C = "http://loinc.org%7C4548-4";
  private static final int SEARCHES = 200;
  private static final int TRANSACTIONS = 50;
  private static final Pattern COUNT = Pattern.compile("\"count\"\\s*:\\s*(\\d+)");

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.application(FhirBenchmark.class)
        .addAsLibrary(
            Deployments.testLibrary(
                FhirBenchmark.class,
                Results.class,
                Timings.class,
                Http.class,
                FollowUpBundle.class));
  }

  @ArquillianResource private URL base;
  @Inject private EntityManager em;
  @Inject private UserTransaction transaction;
  @Inject private TestData data;
  @Inject private Clock clock;
  private final Map<String, String> tokens = new HashMap<>();

  @Test
  void fhir() throws Exception {
    List<String> lines = new ArrayList<>();
    lines.add("| measurement | calls | median ms | p95 ms | max ms |");
    lines.add("| --- | --- | --- | --- | --- |");
    List<Object[]> enrolments = activeDiabetesEnrolments();
    logIn(enrolments);
    lines.addAll(logins(enrolments));
    lines.add(observationSearches(enrolments));
    List<Object[]> undocumented = undocumentedDiabetesEnrolments();
    logIn(undocumented);
    lines.add(transactions(undocumented));
    String table = String.join("\n", lines) + "\n\n" + insurerExport();
    Results.save("fhir", table);
  }

  /** Active DM2 enrolments spread over the population: enrolment, patient, the practice's BSNR. */
  private List<Object[]> activeDiabetesEnrolments() {
    List<Object[]> all =
        em.createQuery(
                "select e.id, e.patient.id, e.practice.bsnr from Enrolment e"
                    + " where e.programmeCode = 'DM2' and e.status = 'ACTIVE' order by e.id",
                Object[].class)
            .getResultList();
    List<Object[]> spread = new ArrayList<>();
    for (int i = 0; i < SEARCHES; i++) {
      spread.add(all.get((int) ((i * 7919L) % all.size())));
    }
    return spread;
  }

  /**
   * Active DM2 enrolments without a complete documentation in the period today falls in, spread
   * over the population: a follow-up today would otherwise be refused as the period's second.
   */
  private List<Object[]> undocumentedDiabetesEnrolments() {
    List<Object[]> all =
        em.createQuery(
                "select e.id, e.patient.id, e.practice.bsnr from Enrolment e"
                    + " where e.programmeCode = 'DM2' and e.status = 'ACTIVE' and"
                    + FollowUpBundle.UNDOCUMENTED
                    + " order by e.id",
                Object[].class)
            .setParameter("since", FollowUpBundle.undocumentedSince(LocalDate.now(clock)))
            .getResultList();
    List<Object[]> spread = new ArrayList<>();
    for (int i = 0; i < Math.min(TRANSACTIONS, all.size()); i++) {
      spread.add(all.get(i * all.size() / TRANSACTIONS));
    }
    return spread;
  }

  /**
   * As clients are told to: one access token per user, fetched before any timing, then bearer
   * requests.
   */
  private void logIn(List<Object[]> enrolments) {
    for (Object[] enrolment : enrolments) {
      tokens.computeIfAbsent(
          "doc-" + enrolment[2], doctor -> Http.accessToken(base, doctor, PASSWORD));
    }
  }

  private HttpResponse<String> send(String user, HttpRequest.Builder request) {
    String token = tokens.computeIfAbsent(user, holder -> Http.accessToken(base, holder, PASSWORD));
    return Http.send(Http.withToken(token, request));
  }

  private HttpResponse<String> get(String user, String path) {
    return send(user, HttpRequest.newBuilder(URI.create(base + path)));
  }

  /**
   * What every request pays before its work, with the cheapest authenticated read (an insurer, no
   * patient data): a bcrypt check with HTTP Basic, a signature check and an account lookup with a
   * bearer token.
   */
  private List<String> logins(List<Object[]> enrolments) {
    String path = "fhir/Organization/insurer-1";
    var basic = new Timings("login only: HTTP Basic (bcrypt) + GET Organization/insurer-1");
    var bearer = new Timings("login only: bearer token + GET Organization/insurer-1");
    for (Object[] enrolment : enrolments.subList(0, 60)) {
      String doctor = "doc-" + enrolment[2];
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
      basic.time(() -> require(Http.send(Http.withPassword(doctor, PASSWORD, request)), 200));
      bearer.time(() -> require(get(doctor, path), 200));
    }
    return List.of(basic.toString(), bearer.toString());
  }

  /** {@code Observation?patient=X&code=<HbA1c>&_sort=-date} as the patient's doctor. */
  private String observationSearches(List<Object[]> enrolments) {
    var timings = new Timings("Observation?patient=X&code=HbA1c&_sort=-date, one call per patient");
    for (int i = 0; i < enrolments.size(); i++) {
      Object[] enrolment = enrolments.get(i);
      String path =
          "fhir/Observation?patient=Patient/" + enrolment[1] + "&code=" + HBA1C + "&_sort=-date";
      String doctor = "doc-" + enrolment[2];
      if (i < 10) {
        require(get(doctor, path), 200);
        continue;
      }
      timings.time(() -> require(get(doctor, path), 200));
    }
    return timings.toString();
  }

  /** Today's follow-up documentation of an enrolment as a transaction Bundle, as its doctor. */
  private String transactions(List<Object[]> enrolments) throws Exception {
    var timings =
        new Timings("documentation transaction Bundle (Encounter + QuestionnaireResponse)");
    LocalDate today = LocalDate.now(clock);
    int stored = 0;
    for (int i = 0; stored < TRANSACTIONS && i < enrolments.size(); i++) {
      Object[] enrolment = enrolments.get(i);
      String bundle = visit(enrolment, today);
      HttpResponse<String> answer =
          timings.time(
              () ->
                  send(
                      "doc-" + enrolment[2],
                      HttpRequest.newBuilder(URI.create(base + "fhir"))
                          .header("Content-Type", "application/fhir+json")
                          .POST(HttpRequest.BodyPublishers.ofString(bundle))));
      require(answer, 200);
      stored++;
    }
    return timings.toString();
  }

  private String visit(Object[] row, LocalDate today) throws Exception {
    return FollowUpBundle.of(em, transaction, data, (Long) row[0], (Long) row[1], today);
  }

  /**
   * One insurer's whole export: resources per second from kick-off to manifest, and the server's
   * heap, sampled every 200 ms, against the heap before it started.
   */
  private String insurerExport() throws Exception {
    String insurer = "kasse-100000001";
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long before = memory.getHeapMemoryUsage().getUsed();
    AtomicLong peak = new AtomicLong();
    List<Long> samples = new ArrayList<>();
    long started = System.nanoTime();
    HttpResponse<String> accepted =
        send(
            insurer,
            HttpRequest.newBuilder(URI.create(base + "fhir/$export"))
                .header("Prefer", "respond-async"));
    require(accepted, 202);
    String poll = accepted.headers().firstValue("Content-Location").orElseThrow();
    HttpResponse<String> status;
    do {
      long used = memory.getHeapMemoryUsage().getUsed();
      peak.accumulateAndGet(used, Math::max);
      samples.add(used);
      Thread.sleep(200);
      status = send(insurer, HttpRequest.newBuilder(URI.create(poll)));
    } while (status.statusCode() == 202);
    double seconds = (System.nanoTime() - started) / 1e9;
    require(status, 200);
    long resources = 0;
    Matcher counts = COUNT.matcher(status.body());
    while (counts.find()) {
      resources += Long.parseLong(counts.group(1));
    }
    send(insurer, HttpRequest.newBuilder(URI.create(poll)).DELETE());
    long mb = 1024 * 1024;
    return String.format(
        "Bulk export of insurer %s: %,d resources in %.1f s = **%,.0f resources/s**;"
            + " server heap used before %d MB, peak %d MB, median of %d samples %d MB (max heap %d MB).",
        insurer,
        resources,
        seconds,
        resources / seconds,
        before / mb,
        peak.get() / mb,
        samples.size(),
        samples.stream().sorted().toList().get(samples.size() / 2) / mb,
        memory.getHeapMemoryUsage().getMax() / mb);
  }

  private static HttpResponse<String> require(HttpResponse<String> response, int status) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(
          "expected " + status + ", got " + response.statusCode() + ": " + response.body());
    }
    return response;
  }
}
