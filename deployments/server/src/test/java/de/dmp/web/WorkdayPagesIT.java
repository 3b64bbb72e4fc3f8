package de.dmp.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.demo.boundary.DemoData;
import de.dmp.it.Browser;
import de.dmp.it.Deployments;
import de.dmp.it.Http;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Where the doctor's and the staff's day starts, the patient chart and the language switch, in
 * headless Chromium against the real server and database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkdayPagesIT {

  private static final Pattern ID = Pattern.compile("\"id\":\"(\\d+)\"");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application(WorkdayPagesIT.class);
  }

  @ArquillianResource private URL base;

  private ChromeDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void openBrowser() {
    browser = Browser.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    wait.ignoring(StaleElementReferenceException.class);
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.quit();
    }
  }

  private void logIn(String user) {
    browser.get(base.toExternalForm());
    wait.until(ExpectedConditions.elementToBeClickable(By.id("j_username"))).sendKeys(user);
    browser.findElement(By.id("j_password")).sendKeys(DemoData.PASSWORD);
    browser.findElement(By.id("submit")).click();
  }

  private void waitForHeading(String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), text));
  }

  /**
   * A family name that sorts before every earlier run's, so that the new patient is on the first
   * page of a worklist sorted by patient however many runs the test database has seen.
   */
  private static String firstInTheAlphabet() {
    return "Aaa" + String.format("%013d", Long.MAX_VALUE / 1_000_000 - System.currentTimeMillis());
  }

  /** A random KVNR: a capital letter and nine digits. */
  private static String insuranceNumber() {
    var random = ThreadLocalRandom.current();
    return (char) ('A' + random.nextInt(26)) + String.format("%09d", random.nextInt(1_000_000_000));
  }

  /** A new patient of the demo doctor's practice, enrolled in DM2 today: its ED is due. */
  private String enrolledPatient(String family) {
    HttpResponse<String> created =
        Http.postJson(
            base,
            "fhir/Patient",
            """
            {"resourceType":"Patient","name":[{"family":"%s","given":["Greta"]}],
             "identifier":[{"system":"http://fhir.de/sid/gkv/kvid-10","value":"%s",
              "assigner":{"reference":"Organization/insurer-1"}}],
             "birthDate":"1958-04-03","gender":"female"}"""
                .formatted(family, insuranceNumber()));
    assertThat(created.statusCode()).isEqualTo(201);
    Matcher id = ID.matcher(created.body());
    assertThat(id.find()).isTrue();
    String patient = "Patient/" + id.group(1);
    String today = LocalDate.now().toString();
    String enrolment =
        """
        {"resourceType":"Bundle","type":"transaction","entry":[
         {"fullUrl":"urn:uuid:episode","request":{"method":"POST","url":"EpisodeOfCare"},
          "resource":{"resourceType":"EpisodeOfCare","status":"active","patient":{"reference":"%1$s"},
           "type":[{"coding":[{"system":"https://fhir.kbv.de/CodeSystem/KBV_CS_SFHIR_KBV_DMP","code":"01"}]}],
           "managingOrganization":{"reference":"Organization/practice-1"},"period":{"start":"%2$s"},
           "diagnosis":[{"condition":{"reference":"urn:uuid:diagnosis"}}]}},
         {"fullUrl":"urn:uuid:diagnosis","request":{"method":"POST","url":"Condition"},
          "resource":{"resourceType":"Condition","subject":{"reference":"%1$s"},
           "code":{"coding":[{"system":"http://fhir.de/CodeSystem/bfarm/icd-10-gm","code":"E11.9"}]},
           "onsetDateTime":"2024-03-01"}},
         {"request":{"method":"POST","url":"Consent"},
          "resource":{"resourceType":"Consent","status":"active","patient":{"reference":"%1$s"},
           "dateTime":"%2$s"}}]}"""
            .formatted(patient, today);
    HttpResponse<String> enrolled = Http.postJson(base, "fhir", enrolment);
    assertThat(enrolled.statusCode()).as(enrolled.body()).isEqualTo(200);
    return id.group(1);
  }

  /** Picks an option of a menu by typing its first letter, as a busy doctor would. */
  private void choose(String menu, String option) {
    browser.findElement(By.id(menu + "_label")).sendKeys(option.substring(0, 1));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(menu + "_label"), option));
  }

  @Test
  void doctor_shouldStartWithTheWorklistFindTheNewEnrolmentAndOpenItsChart() {
    String family = firstInTheAlphabet();
    String patientId = enrolledPatient(family);

    logIn(Http.DOCTOR);
    waitForHeading("Arbeitsliste");
    choose("worklist:order", "Patient");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("worklist:entries_data"), family + ", Greta"));
    Browser.screenshot(browser, "worklist");

    browser.findElement(By.linkText(family + ", Greta")).click();
    waitForHeading("Akte " + family + ", Greta");
    String chart = browser.findElement(By.id("chart")).getText();
    assertThat(chart).contains("Programm DM2", "E11.9", "03.04.1958");
    assertThat(browser.getCurrentUrl()).contains("patient=" + patientId);
    Browser.screenshot(browser, "chart");
  }

  @Test
  void theLanguage_shouldSwitchToEnglishForTheRestOfTheSession() {
    logIn(Http.DOCTOR);
    waitForHeading("Arbeitsliste");

    browser.findElement(By.linkText("English")).click();
    waitForHeading("Worklist");
    browser.findElement(By.id("nav-patients")).click();
    waitForHeading("Patients");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
  }

  @Test
  void staff_shouldStartWithTheRecallListAndHaveNoWorklist() {
    logIn("mfa.weber");

    waitForHeading("Recall-Liste");
    assertThat(browser.findElements(By.id("nav-worklist"))).isEmpty();
    Browser.screenshot(browser, "recall");
  }

  @Test
  void theChartOfAnotherPracticesPatient_shouldShowNothingOfThePatient() {
    String family = firstInTheAlphabet();
    String patientId = enrolledPatient(family);

    logIn("dr.aydin");
    waitForHeading("Arbeitsliste");
    browser.get(base.toExternalForm() + "chart.xhtml?patient=" + patientId);

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notFound")));
    assertThat(browser.getPageSource()).doesNotContain(family);
  }
}
