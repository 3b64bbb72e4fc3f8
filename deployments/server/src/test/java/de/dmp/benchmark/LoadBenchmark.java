package de.dmp.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.it.Deployments;
import de.dmp.it.Http;
import de.dmp.it.Pages;
import de.dmp.it.TestData;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 8's load: doctors and staff of different practices work at once for a fixed time while one
 * insurer exports its members. A doctor opens the worklist, a patient's chart, and posts that
 * patient's follow-up documentation (a transaction Bundle, as practice software does); staff open
 * the recall list, the calendar and the patients. Every user waits a think time between steps.
 * Afterwards every acknowledged documentation is looked up in the database, and the documentations
 * of the day are counted, so that a lost or a duplicated write shows. Writes {@code
 * target/benchmarks/load.md}, and fails if a step failed or a documentation was lost or doubled.
 *
 * <p>{@code -Ddmp.load.users=50 -Ddmp.load.seconds=300 -Ddmp.load.think=1000} (milliseconds).
 */
@ExtendWith(ArquillianExtension.class)
class LoadBenchmark {

  private static final String PASSWORD = "bench-2026";
  private static final String INSURER = "kasse-100000001";
  private static final Pattern DOCUMENTED =
      Pattern.compile("\"location\"\\s*:\\s*\"QuestionnaireResponse/(\\d+)");
  private static final Pattern COUNT = Pattern.compile("\"count\"\\s*:\\s*(\\d+)");

  private final int users = Integer.getInteger("dmp.load.users", 50);
  private final long seconds = Long.getLong("dmp.load.seconds", 300);
  private final long think = Long.getLong("dmp.load.think", 1000);

  /** A doctor does three steps a visit, each followed by the think time: enough visits for all. */
  private final int visitsPerDoctor = (int) (seconds * 1000 / (3 * think)) + 1;

  /** A patient's chart to open and the follow-up documentation to post for it. */
  private record Visit(long enrolmentId, long patientId, String bundle) {}

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.application(LoadBenchmark.class)
        .addAsLibrary(
            Deployments.testLibrary(
                LoadBenchmark.class,
                Results.class,
                Timings.class,
                Http.class,
                Pages.class,
                FollowUpBundle.class));
  }

  @ArquillianResource private URL base;
  @Inject private EntityManager em;
  @Inject private UserTransaction transaction;
  @Inject private TestData data;
  @Inject private Clock clock;

  private final Map<String, Timings> timings = new ConcurrentHashMap<>();
  private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
  private final Queue<String> firstErrors = new ConcurrentLinkedQueue<>();
  private final Queue<Long> acknowledged = new ConcurrentLinkedQueue<>();
  private final List<Long> heap = Collections.synchronizedList(new ArrayList<>());
  private volatile long deadline;

  @Test
  void load() throws Exception {
    LocalDate today = LocalDate.now(clock);
    Map<String, List<Visit>> doctors = doctorsWithUndocumentedEnrolments(today);
    List<String> staff = staff(doctors.keySet());
    long documentedBefore = documentedOn(today, doctors);
    List<Thread> threads = new ArrayList<>();
    deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
    var memory = ManagementFactory.getMemoryMXBean();
    sampler.scheduleAtFixedRate(
        () -> heap.add(memory.getHeapMemoryUsage().getUsed()), 0, 1, TimeUnit.SECONDS);
    doctors.forEach((bsnr, visits) -> threads.add(start(() -> doctor(bsnr, visits))));
    staff.forEach(bsnr -> threads.add(start(() -> staffMember(bsnr))));
    String export = insurerExport();
    for (Thread thread : threads) {
      thread.join();
    }
    sampler.shutdownNow();
    long lost = lostWrites();
    long stored = documentedOn(today, doctors) - documentedBefore;
    report(export, lost, stored, doctors, staff);
    assertThat(errors.values().stream().mapToLong(AtomicLong::get).sum())
        .as("failed steps: %s", firstErrors)
        .isZero();
    assertThat(lost).as("acknowledged documentations missing from the database").isZero();
    assertThat(stored)
        .as("documentations stored, against acknowledged")
        .isEqualTo(acknowledged.size());
  }

  /**
   * Four in five users are doctors, each with enrolments nobody documented today and their
   * documentations made up front, so that the run measures the server and not the sample maker.
   */
  private Map<String, List<Visit>> doctorsWithUndocumentedEnrolments(LocalDate today)
      throws Exception {
    int wanted = users * 4 / 5;
    List<String> practices = spreadPractices(wanted * 2);
    Map<String, List<Visit>> doctors = new LinkedHashMap<>();
    for (String bsnr : practices.subList(0, Math.min(wanted, practices.size()))) {
      List<Visit> visits = new ArrayList<>();
      for (Object[] row :
          em.createQuery(
                  "select e.id, e.patient.id from Enrolment e where e.practice.bsnr = :bsnr"
                      + " and e.status = 'ACTIVE' and"
                      + FollowUpBundle.UNDOCUMENTED
                      + " order by e.id",
                  Object[].class)
              .setParameter("bsnr", bsnr)
              .setParameter("since", FollowUpBundle.undocumentedSince(today))
              .setMaxResults(visitsPerDoctor)
              .getResultList()) {
        long enrolment = (Long) row[0];
        long patient = (Long) row[1];
        visits.add(
            new Visit(
                enrolment,
                patient,
                FollowUpBundle.of(em, transaction, data, enrolment, patient, today)));
      }
      doctors.put(bsnr, visits);
    }
    return doctors;
  }

  private List<String> staff(Set<String> doctorsPractices) {
    return spreadPractices(users * 2).stream()
        .filter(bsnr -> !doctorsPractices.contains(bsnr))
        .limit(users - doctorsPractices.size())
        .toList();
  }

  private List<String> spreadPractices(int count) {
    List<String> all =
        em.createQuery(
                "select p.bsnr from Practice p where exists (select u from AppUser u"
                    + " where u.username = concat('doc-', p.bsnr)) order by p.bsnr",
                String.class)
            .getResultList();
    List<String> spread = new ArrayList<>();
    for (int i = 0; i < count && i < all.size(); i++) {
      spread.add(all.get((int) ((i * 7919L) % all.size())));
    }
    return spread.stream().distinct().toList();
  }

  private long documentedOn(LocalDate today, Map<String, List<Visit>> doctors) {
    List<Long> enrolments =
        doctors.values().stream().flatMap(List::stream).map(Visit::enrolmentId).toList();
    return countIn(
        enrolments,
        ids ->
            em.createQuery(
                    "select count(d) from Documentation d where d.enrolment.id in :ids"
                        + " and d.visit.date = :today",
                    Long.class)
                .setParameter("ids", ids)
                .setParameter("today", today)
                .getSingleResult());
  }

  /** A count over many ids, a thousand ids a query. */
  private static long countIn(List<Long> ids, Function<List<Long>, Long> count) {
    long total = 0;
    for (int from = 0; from < ids.size(); from += 1000) {
      total += count.apply(ids.subList(from, Math.min(ids.size(), from + 1000)));
    }
    return total;
  }

  /** A user's session; one that cannot even log in is counted as an error of its own. */
  private Thread start(Runnable user) {
    Thread thread =
        new Thread(
            () -> {
              try {
                user.run();
              } catch (RuntimeException e) {
                failed("log in", e);
              }
            });
    thread.start();
    return thread;
  }

  private boolean running() {
    return System.nanoTime() < deadline;
  }

  private void doctor(String bsnr, List<Visit> visits) {
    String user = "doc-" + bsnr;
    Pages pages = Pages.loggedIn(base, user, PASSWORD);
    String token = Http.accessToken(base, user, PASSWORD);
    for (int i = 0; running() && i < visits.size(); i++) {
      Visit visit = visits.get(i);
      step("worklist page", () -> pages.get("worklist.xhtml"));
      step("chart page", () -> pages.get("chart.xhtml?patient=" + visit.patientId()));
      step("documentation (FHIR transaction)", () -> document(token, visit.bundle()));
    }
  }

  private void staffMember(String bsnr) {
    Pages pages = Pages.loggedIn(base, "mfa-" + bsnr, PASSWORD);
    while (running()) {
      step("recall page", () -> pages.get("recall.xhtml"));
      step("calendar page", () -> pages.get("calendar.xhtml"));
      step("patients page", () -> pages.get("patients.xhtml"));
    }
  }

  private Object document(String token, String bundle) {
    HttpResponse<String> answer =
        Http.send(
            Http.withToken(
                token,
                HttpRequest.newBuilder(URI.create(base + "fhir"))
                    .header("Content-Type", "application/fhir+json")
                    .POST(HttpRequest.BodyPublishers.ofString(bundle))));
    Matcher documented = DOCUMENTED.matcher(answer.body());
    if (answer.statusCode() != 200 || !documented.find()) {
      throw new IllegalStateException("transaction answered " + answer.statusCode());
    }
    acknowledged.add(Long.parseLong(documented.group(1)));
    return answer;
  }

  /** One timed step; a failure is counted, its first messages kept, and the user goes on. */
  private void step(String name, Runnable work) {
    if (!running()) {
      return;
    }
    try {
      timings
          .computeIfAbsent(name, Timings::new)
          .time(
              () -> {
                work.run();
                return null;
              });
    } catch (RuntimeException e) {
      failed(name, e);
    }
    pause();
  }

  private void failed(String step, RuntimeException e) {
    errors.computeIfAbsent(step, n -> new AtomicLong()).incrementAndGet();
    if (firstErrors.size() < 10) {
      firstErrors.add(step + ": " + e.getMessage());
    }
  }

  private void pause() {
    try {
      Thread.sleep(think);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The insurer's export while the others work: its duration, or how far it got by the end. */
  private String insurerExport() throws InterruptedException {
    String token = Http.accessToken(base, INSURER, PASSWORD);
    long started = System.nanoTime();
    HttpResponse<String> accepted =
        Http.send(
            Http.withToken(
                token,
                HttpRequest.newBuilder(URI.create(base + "fhir/$export"))
                    .header("Prefer", "respond-async")));
    String poll = accepted.headers().firstValue("Content-Location").orElseThrow();
    HttpResponse<String> status;
    do {
      Thread.sleep(2000);
      status = Http.send(Http.withToken(token, HttpRequest.newBuilder(URI.create(poll))));
    } while (status.statusCode() == 202 && running());
    double took = (System.nanoTime() - started) / 1e9;
    String outcome;
    if (status.statusCode() == 200) {
      long resources = 0;
      Matcher counts = COUNT.matcher(status.body());
      while (counts.find()) {
        resources += Long.parseLong(counts.group(1));
      }
      outcome =
          String.format(
              "complete: %,d resources in %.0f s (%,.0f resources/s)",
              resources, took, resources / took);
    } else {
      outcome =
          String.format(
              "still running after %.0f s (%s), cancelled",
              took, status.headers().firstValue("X-Progress").orElse("no progress header"));
    }
    Http.send(Http.withToken(token, HttpRequest.newBuilder(URI.create(poll)).DELETE()));
    return outcome;
  }

  /** Acknowledged documentations that the database does not hold. */
  private long lostWrites() {
    List<Long> ids = new ArrayList<>(acknowledged);
    return ids.size()
        - countIn(
            ids,
            chunk ->
                em.createQuery(
                        "select count(d) from Documentation d where d.id in :ids", Long.class)
                    .setParameter("ids", chunk)
                    .getSingleResult());
  }

  private void report(
      String export,
      long lost,
      long documentedDuringTheRun,
      Map<String, List<Visit>> doctors,
      List<String> staff)
      throws Exception {
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            "%d doctors and %d staff for %d s, %d ms think time, one insurer export (%s).",
            doctors.size(), staff.size(), seconds, think, INSURER));
    lines.add("");
    lines.add("| step | calls | median ms | p95 ms | max ms | errors |");
    lines.add("| --- | --- | --- | --- | --- | --- |");
    timings.values().stream()
        .sorted(Comparator.comparing(Timings::toString))
        .forEach(
            t -> lines.add(t + " " + errors.getOrDefault(t.name(), new AtomicLong()).get() + " |"));
    long mb = 1024 * 1024;
    List<Long> sorted = heap.stream().sorted().toList();
    lines.add("");
    lines.add(
        String.format(
            "Documentations acknowledged: %,d; of them missing from the database: **%d**;"
                + " documentations of the day stored for these enrolments during the run: %,d"
                + " (a duplicate would make it larger). Errors: %d%s.",
            acknowledged.size(),
            lost,
            documentedDuringTheRun,
            errors.values().stream().mapToLong(AtomicLong::get).sum(),
            firstErrors.isEmpty() ? "" : " (" + String.join("; ", firstErrors) + ")"));
    lines.add(String.format("Insurer export: %s.", export));
    lines.add(
        String.format(
            "Server heap used (sampled every second, %d samples): median %d MB, max %d MB.",
            sorted.size(), sorted.get(sorted.size() / 2) / mb, sorted.get(sorted.size() - 1) / mb));
    Results.save("load", String.join("\n", lines));
  }
}
