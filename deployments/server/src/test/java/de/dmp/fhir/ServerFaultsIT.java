package de.dmp.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import de.dmp.demo.boundary.DemoData;
import de.dmp.it.Browser;
import de.dmp.it.BulkData;
import de.dmp.it.DatabaseLink;
import de.dmp.it.Http;
import de.dmp.it.ServerProcess;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A server of its own under faults, as practice software and an insurer see it over FHIR: killed
 * with SIGKILL during a load of documentations and during a bulk export, and cut off from its
 * database during saves over FHIR and in the UI (on MySQL/MariaDB, whose connection runs through a
 * link the test cuts). Nothing acknowledged is lost, nothing is stored twice or in half, and it
 * recovers by itself.
 */
class ServerFaultsIT {

  private static final IParser JSON = FhirContext.forR4Cached().newJsonParser();
  private static final String DOCTOR = "dr.aydin";
  private static final String INSURER = "kasse.demo";
  private static final int WORKERS = 4;

  private static DatabaseLink link;
  private static ServerProcess server;
  private static VisitBundles.Due followUp;

  /**
   * On the embedded database the server has an H2 file of its own; on MySQL/MariaDB (DMP_DB_URL)
   * the database {@code <name>_faults} beside the suite's, reached through a link.
   */
  @BeforeAll
  static void startAServerOfItsOwn() {
    Map<String, String> environment = new HashMap<>();
    String url = System.getenv("DMP_DB_URL");
    if (url != null && url.startsWith("jdbc:mysql://")) {
      URI database = URI.create(url.substring("jdbc:".length()));
      link =
          DatabaseLink.to(database.getHost(), database.getPort() < 0 ? 3306 : database.getPort());
      environment.put(
          "DMP_DB_URL", "jdbc:mysql://127.0.0.1:" + link.port() + database.getPath() + "_faults");
    }
    server =
        ServerProcess.start(
            "faults",
            Integer.getInteger("dmp.faults.port.offset", 600),
            environment,
            List.of("-Ddmp.h2.name=dmp-faults"));
    followUp = VisitBundles.dueFollowUp(server.base(), DOCTOR);
  }

  @AfterAll
  static void stopIt() {
    server.close();
    if (link != null) {
      link.close();
    }
  }

  /**
   * A visit's draft (in-progress): stored like a complete documentation, visit and revision in one
   * transaction, but not refused as a second documentation in the quarter, so a load can repeat it.
   */
  private static HttpResponse<String> postVisit() {
    return Http.postJsonAs(
        DOCTOR,
        server.base(),
        "fhir",
        JSON.encodeResourceToString(followUp.visit(QuestionnaireResponseStatus.INPROGRESS)));
  }

  /** The stored documentation's location in a transaction's answer. */
  private static String location(HttpResponse<String> answer) {
    return JSON.parseResource(Bundle.class, answer.body())
        .getEntry()
        .get(1)
        .getResponse()
        .getLocation();
  }

  private static int total(String search) {
    HttpResponse<String> found = Http.getAs(DOCTOR, server.base(), "fhir/" + search);
    assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
    return JSON.parseResource(Bundle.class, found.body()).getTotal();
  }

  private static int documentations() {
    return total("QuestionnaireResponse?_count=1&patient=" + followUp.patient());
  }

  private static int visits() {
    return total("Encounter?_count=1&patient=" + followUp.patient());
  }

  /**
   * Practice software posting visits from several threads, each until its first failure: what was
   * acknowledged (the documentations' locations) and what was refused.
   */
  private static final class Load {
    final List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
    final List<HttpResponse<String>> refused = Collections.synchronizedList(new ArrayList<>());
    private final ExecutorService workers = Executors.newFixedThreadPool(WORKERS);

    Load() {
      for (int i = 0; i < WORKERS; i++) {
        workers.execute(this::postUntilFailure);
      }
      workers.shutdown();
    }

    private void postUntilFailure() {
      try {
        HttpResponse<String> answer = postVisit();
        for (; sendOn(answer); answer = postVisit()) {
          if (answer.statusCode() == 200) {
            acknowledged.add(location(answer));
          }
        }
        refused.add(answer);
      } catch (UncheckedIOException connectionLost) {
        // the server is gone: this worker stops, as practice software would until it is back
      }
    }

    /**
     * Stored, or 409: another worker's documentation of the same patient changed its follow-ups
     * first, nothing was stored, and practice software sends it again.
     */
    private static boolean sendOn(HttpResponse<String> answer) {
      return answer.statusCode() == 200 || answer.statusCode() == 409;
    }

    void awaitAcknowledged(int count) {
      Awaitility.await().atMost(Duration.ofMinutes(2)).until(() -> acknowledged.size() >= count);
    }

    /** Waits until every worker has met its failure. */
    void awaitEnd() throws InterruptedException {
      assertThat(workers.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
    }
  }

  /** Each acknowledged documentation is there once, with its visit; none is there twice. */
  private static void assertStoredOnce(Load load, int documentationsBefore, int visitsBefore) {
    assertThat(Set.copyOf(load.acknowledged)).hasSameSizeAs(load.acknowledged);
    for (String location : load.acknowledged) {
      HttpResponse<String> read = Http.getAs(DOCTOR, server.base(), "fhir/" + location);
      assertThat(read.statusCode()).as(location).isEqualTo(200);
      String visit =
          JSON.parseResource(QuestionnaireResponse.class, read.body())
              .getEncounter()
              .getReference();
      assertThat(Http.getAs(DOCTOR, server.base(), "fhir/" + visit).statusCode()).isEqualTo(200);
    }
    int stored = documentations() - documentationsBefore;
    assertThat(stored)
        .as("acknowledged, plus at most one a worker had sent when the fault came")
        .isBetween(load.acknowledged.size(), load.acknowledged.size() + WORKERS);
    assertThat(visits() - visitsBefore).as("a visit for every documentation").isEqualTo(stored);
  }

  @Test
  void killedDuringALoadOfDocumentations_shouldKeepEveryAcknowledgedOneOnce() throws Exception {
    int documentationsBefore = documentations();
    int visitsBefore = visits();
    var load = new Load();
    load.awaitAcknowledged(20);

    server.kill();
    load.awaitEnd();
    server.restart();

    assertStoredOnce(load, documentationsBefore, visitsBefore);
  }

  @Test
  void databaseGoneDuringSaves_shouldRefuseThemCleanlyAndRecoverWithoutARestart() throws Exception {
    assumeTrue(link != null, "the database link needs MySQL/MariaDB (DMP_DB_URL), as CI's leg");
    int documentationsBefore = documentations();
    int visitsBefore = visits();
    var load = new Load();
    load.awaitAcknowledged(10);

    HttpResponse<String> whileGone;
    link.cut();
    try {
      load.awaitEnd();
      server.awaitReadiness(503);
      whileGone = postVisit();
    } finally {
      link.restore();
    }
    server.awaitReadiness(200);
    HttpResponse<String> afterwards = postVisit();

    assertThat(load.refused).hasSize(WORKERS);
    assertThat(load.refused).allSatisfy(ServerFaultsIT::assertRefusedForNow);
    assertRefusedForNow(whileGone);
    assertThat(afterwards.statusCode()).as(afterwards.body()).isEqualTo(200);
    load.acknowledged.add(location(afterwards));
    assertStoredOnce(load, documentationsBefore, visitsBefore);
  }

  @Test
  void databaseGoneWhileADoctorTypes_shouldSaySoAndKeepTheEntries() {
    assumeTrue(link != null, "the database link needs MySQL/MariaDB (DMP_DB_URL), as CI's leg");
    ChromeDriver browser = Browser.start();
    try {
      var wait = Browser.waitOn(browser);
      Browser.logIn(browser, wait, server.base(), DOCTOR, DemoData.PASSWORD);
      wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-patients")));
      String enrolment = followUp.episode().substring("EpisodeOfCare/".length());
      browser.get(server.base() + "documentation.xhtml?enrolment=" + enrolment);
      WebElement input =
          wait.until(
              ExpectedConditions.elementToBeClickable(
                  By.cssSelector("[data-code] input[type='text']")));
      By messages = By.id("form:messages");

      link.cut();
      try {
        input.clear();
        input.sendKeys("7", Keys.TAB);
        wait.until(
            ExpectedConditions.textToBePresentInElementLocated(messages, "nicht erreichbar"));
      } finally {
        link.restore();
      }
      server.awaitReadiness(200);

      assertThat(input.getAttribute("value")).isEqualTo("7");
      assertThat(browser.findElement(By.id("unexpectedError")).isDisplayed()).isFalse();
      browser.findElement(By.id("form:save")).click();
      wait.until(
          page -> {
            String answer = page.findElement(messages).getText();
            return answer.contains("gespeichert") && !answer.contains("nicht erreichbar");
          });
    } finally {
      Browser.quit(browser);
    }
  }

  /** 503, worth another try: the database or the user directory in it is out of reach. */
  private static void assertRefusedForNow(HttpResponse<String> refused) {
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
    assertThat(refused.body())
        .contains("\"resourceType\":\"OperationOutcome\"")
        .containsIgnoringCase("try again")
        .doesNotContain("Exception")
        .doesNotContain("at de.dmp");
  }

  @Test
  void killedDuringABulkExport_shouldFailItServeNoFileAndExportAgain() throws Exception {
    String status = BulkData.started(INSURER, server.base(), "fhir/$export");

    server.kill();
    server.restart();

    HttpResponse<String> interrupted = BulkData.poll(INSURER, status);
    assertThat(interrupted.statusCode()).as(interrupted.body()).isEqualTo(500);
    assertThat(interrupted.body()).contains("interrupted by a restart of the server");
    String job = status.substring(status.indexOf("_jobId=") + "_jobId=".length());
    assertThat(server.dataDirectory().resolve("bulk-export").resolve(job)).doesNotExist();
    String download = status.replace("$export-poll-status", "$export-download") + "&_type=Patient";
    assertThat(BulkData.poll(INSURER, download).statusCode()).isEqualTo(404);
    assertThat(BulkData.poll(DOCTOR, status).statusCode()).isEqualTo(404);
    var again =
        BulkData.manifest(INSURER, BulkData.started(INSURER, server.base(), "fhir/$export"));
    assertThat(again.get("output")).isNotEmpty();
  }
}
