package de.dmp.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import de.dmp.demo.boundary.DemoData;
import de.dmp.it.Deployments;
import de.dmp.it.Http;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Patient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Twenty FHIR clients reading and searching at once, each request writing its audit record: on the
 * embedded default database (H2 2.2.224, which WildFly ships) some of these inserts got an id
 * already handed out and their requests failed with 500. {@code -Ddmp.concurrency.requests} sets
 * the requests per client (the demonstration before the fix used 1,000 for 20,000 in all).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ConcurrentAuditedRequestsIT {

  private static final IParser JSON = FhirContext.forR4Cached().newJsonParser();
  private static final int CLIENTS = 20;
  private static final int REQUESTS_EACH = Integer.getInteger("dmp.concurrency.requests", 100);

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application(ConcurrentAuditedRequestsIT.class);
  }

  @ArquillianResource private URL base;

  @Test
  void concurrentReadsAndSearches_shouldAllSucceedWithOneAuditRecordEach() throws Exception {
    String family = PatientFhirIT.uniqueFamilyName();
    HttpResponse<String> created =
        Http.postJson(
            base, "fhir/Patient", PatientFhirIT.patientJson(family, "1948-03-03", "female"));
    String read =
        "fhir/Patient/"
            + JSON.parseResource(Patient.class, created.body()).getIdElement().getIdPart();
    String search = "fhir/Patient?family=" + family;
    String token = Http.accessToken(base, Http.DOCTOR);
    long recordsBefore = auditRecords();

    List<Integer> statuses = concurrently(token, read, search);

    assertThat(statuses).hasSize(CLIENTS * REQUESTS_EACH);
    assertThat(countsByStatus(statuses)).isEqualTo(Map.of(200, (long) statuses.size()));
    assertThat(auditRecords() - recordsBefore).isEqualTo(statuses.size());
  }

  /** Every client waits at the start line, then alternates reading and searching the patient. */
  private List<Integer> concurrently(String token, String read, String search) throws Exception {
    var startLine = new CountDownLatch(1);
    Callable<List<Integer>> client =
        () -> {
          startLine.await();
          var statuses = new ArrayList<Integer>();
          for (int i = 0; i < REQUESTS_EACH; i++) {
            String path = i % 2 == 0 ? read : search;
            statuses.add(Http.send(Http.withToken(token, Http.request(base, path))).statusCode());
          }
          return statuses;
        };
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    try {
      var clients = new ArrayList<Future<List<Integer>>>();
      for (int i = 0; i < CLIENTS; i++) {
        clients.add(pool.submit(client));
      }
      startLine.countDown();
      var statuses = new ArrayList<Integer>();
      for (var finished : clients) {
        statuses.addAll(finished.get(10, TimeUnit.MINUTES));
      }
      return statuses;
    } finally {
      pool.shutdownNow();
    }
  }

  private static Map<Integer, Long> countsByStatus(List<Integer> statuses) {
    return statuses.stream()
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }

  private long auditRecords() {
    HttpResponse<String> trail = Http.getAs(DemoData.ADMIN, base, "fhir/AuditEvent?_count=1");
    assertThat(trail.statusCode()).isEqualTo(200);
    return JSON.parseResource(Bundle.class, trail.body()).getTotal();
  }
}
