package de.dmp.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.demo.boundary.DemoData;
import de.dmp.it.Browser;
import de.dmp.it.Deployments;
import de.dmp.it.DocumentationPage;
import de.dmp.it.Http;
import de.dmp.it.NewPatients;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The doctor's whole path in headless Chromium, as issue 18 asks: a patient registered with KVNR
 * and insurer, the same KVNR refused as a second record, enrolled in DM2 since the previous
 * quarter, the Erstdokumentation refused for a value out of range and for a contradiction, then
 * saved with the examination date of a visit in the previous quarter, the next Folgedokumentation
 * due on the chart, the documentation read-only, the Folgedokumentation of this quarter prefilled,
 * and the enrolment ended with a reason. Dating the enrolment and the visit in the previous quarter
 * puts the follow-up in "the next quarter" without moving the server's clock.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DoctorPathIT {

  private static final DateTimeFormatter GERMAN_DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application(DoctorPathIT.class);
  }

  @ArquillianResource private URL base;

  private ChromeDriver browser;
  private WebDriverWait wait;
  private DocumentationPage form;

  @BeforeEach
  void openBrowser() {
    browser = Browser.start();
    wait = Browser.waitOn(browser);
    form = new DocumentationPage(browser, wait);
  }

  @AfterEach
  void closeBrowser() {
    Browser.quit(browser);
  }

  @Test
  void aDoctor_shouldRegisterEnrolDocumentFollowUpAndEndTheEnrolmentInTheUi() {
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
    LocalDate quarterStart =
        today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
    LocalDate enrolledOn = quarterStart.minusMonths(3);
    LocalDate examinedOn = quarterStart.minusDays(5);
    String family = "Pfad" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    String kvnr = NewPatients.insuranceNumber();

    Browser.logIn(browser, wait, base, Http.DOCTOR, DemoData.PASSWORD);
    String patientId = register(family, "Ilse", kvnr);
    theSameKvnr_shouldBeShownAsTheExistingRecord(kvnr, patientId);
    enrolInDm2Since(enrolledOn);
    documentTheVisitOf(examinedOn, today);
    theChart_shouldShowTheDocumentationAndTheFollowUpDue(patientId, examinedOn, quarterStart);
    theFollowUp_shouldStartWithWhatIsCarriedOver(today);
    endTheEnrolment(patientId, family);
  }

  /** The patients page, and its registration form behind "Neue Patientenaufnahme". */
  private void openTheRegistration() {
    wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-patients"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("list:newPatient"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("register:family")));
  }

  private String register(String family, String given, String kvnr) {
    openTheRegistration();
    browser.findElement(By.id("register:family")).sendKeys(family);
    browser.findElement(By.id("register:given")).sendKeys(given);
    Browser.choose(browser, wait, "register:sex", "W", "weiblich");
    browser.findElement(By.id("register:birthDate_input")).sendKeys("03.04.1950");
    Browser.chooseFiltered(browser, wait, "register:insurer", "109900001");
    browser.findElement(By.id("register:insuranceNumber")).sendKeys(kvnr);
    browser.findElement(By.id("register:save")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.tagName("h1"), family + ", " + given));
    assertThat(browser.findElement(By.id("insurance:insuranceSet")).getText())
        .contains("Demo-Ortskrankenkasse (109900001) · KVNR " + kvnr);
    return browser.getCurrentUrl().replaceAll(".*patient=(\\d+).*", "$1");
  }

  /** Another name under the same KVNR: the existing record is shown, and nothing is registered. */
  private void theSameKvnr_shouldBeShownAsTheExistingRecord(String kvnr, String patientId) {
    openTheRegistration();
    browser.findElement(By.id("register:family")).sendKeys("Andere");
    browser.findElement(By.id("register:given")).sendKeys("Person");
    Browser.choose(browser, wait, "register:sex", "W", "weiblich");
    browser.findElement(By.id("register:birthDate_input")).sendKeys("04.05.1961");
    Browser.chooseFiltered(browser, wait, "register:insurer", "109900001");
    browser.findElement(By.id("register:insuranceNumber")).sendKeys(kvnr);
    browser.findElement(By.id("register:save")).click();

    WebElement existing =
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.dmp-look-alike")));
    assertThat(browser.findElement(By.id("register:lookAlikes")).getText())
        .contains("gleicher KVNR");
    assertThat(existing.getAttribute("href")).endsWith("patient=" + patientId);
    existing.click();
    wait.until(ExpectedConditions.urlContains("patient=" + patientId));
  }

  private void enrolInDm2Since(LocalDate enrolledOn) {
    wait.until(ExpectedConditions.elementToBeClickable(By.id("enrol"))).click();
    Browser.choose(browser, wait, "enrol:programme", "DM2", "DM2");
    browser.findElement(By.id("enrol:diagnosis")).sendKeys("E11.9");
    browser.findElement(By.id("enrol:diagnosedOn_input")).sendKeys("01.03.2024");
    retype(By.id("enrol:consent_input"), enrolledOn.format(GERMAN_DAY));
    retype(By.id("enrol:start_input"), enrolledOn.format(GERMAN_DAY));
    browser.findElement(By.id("enrol:enrolButton")).click();
    Browser.waitOn(browser)
        .withMessage(
            () -> "the enrolment was refused: " + browser.findElement(By.id("enrol")).getText())
        .until(ExpectedConditions.urlContains("documentation.xhtml"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.tagName("h1"), "Erstdokumentation DM2"));
  }

  /** Writes over what a date input shows (clearing a PrimeFaces date picker leaves its day). */
  private void retype(By input, String text) {
    browser.findElement(input).sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
  }

  /**
   * The Erstdokumentation typed after the visit: a day to come refused under the date, the visit's
   * day in the previous quarter kept, then an HbA1c out of range and "Keine" beside a late
   * complication refused by their fields, and at last saved.
   */
  private void documentTheVisitOf(LocalDate examinedOn, LocalDate today) {
    assertThat(browser.findElement(By.id("form:examinedOn_input")).getAttribute("value"))
        .as("a new documentation is dated today")
        .isEqualTo(today.format(GERMAN_DAY));
    form.date(today.plusDays(1).format(GERMAN_DAY));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("form:dateError"), "darf nicht in der Zukunft liegen"));
    Browser.screenshot(browser, "documentation-date-refused");

    form.date(examinedOn.format(GERMAN_DAY));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("form:dateError")));
    assertThat(browser.findElement(By.id("form:draftState")).getText()).contains("Entwurf um");
    Browser.screenshot(browser, "documentation-date");
    browser.findElement(By.linkText("English")).click();
    wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
    assertThat(browser.findElement(By.id("form:examination")).getText())
        .contains("Examination date");
    assertThat(browser.findElement(By.id("form")).getText())
        .as("the sections titled anew in the language switched to")
        .contains("History and findings")
        .doesNotContain("Anamnese- und Befunddaten");
    assertThat(browser.findElement(By.id("form:examinedOn_input")).getAttribute("value"))
        .as("the draft keeps the day")
        .isEqualTo(examinedOn.format(GERMAN_DAY));
    Browser.screenshot(browser, "documentation-date-en");
    browser.findElement(By.linkText("Deutsch")).click();
    wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "de"));

    // every quarter, so that the Erstdokumentation's period ends with the previous quarter
    form.choose("interval", "Quartalsweise");
    form.answerWhatIsRequired();
    form.type("hba1c", "25");
    save("Nicht gespeichert");
    assertThat(form.errorNextTo("hba1c")).contains("zwischen 3 und 20");

    form.type("hba1c", "7,1");
    form.choose("late-complications", "Diabetische Nephropathie");
    // the message above is the same as after the first refusal: wait for the field's own error
    browser.findElement(By.id("form:save")).click();
    wait.until(
        page ->
            form.errorNextTo("late-complications")
                .contains("'Keine' schließt die anderen Angaben aus"));
    assertThat(form.errorNextTo("hba1c")).isEmpty();

    form.choose("late-complications", "Diabetische Nephropathie");
    save("vollständig und gespeichert");
  }

  private void save(String message) {
    browser.findElement(By.id("form:save")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("form:messages"), message));
  }

  private void theChart_shouldShowTheDocumentationAndTheFollowUpDue(
      String patientId, LocalDate examinedOn, LocalDate quarterStart) {
    browser.findElement(By.id("form:backToChart")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chart"), "Vollständig"));
    String quarter = ((quarterStart.getMonthValue() - 1) / 3 + 1) + "/" + quarterStart.getYear();
    assertThat(browser.findElement(By.id("chart")).getText())
        .contains("Die Folgedokumentation ist im Quartal " + quarter + " fällig");
    assertThat(browser.findElement(By.id("timeline")).getText())
        .contains(examinedOn.format(GERMAN_DAY), "Erstdokumentation");

    browser.findElement(By.id("timeline:0:open")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "Vollständig"));
    assertThat(browser.findElement(By.id("summary")).getText())
        .contains(examinedOn.format(GERMAN_DAY));
    assertThat(browser.findElement(By.cssSelector("[data-code='hba1c'] .dmp-value")).getText())
        .contains("7,1 %");
    browser.get(base.toExternalForm() + "chart.xhtml?patient=" + patientId);
  }

  /** This quarter is the next one after the visit: the follow-up form, prefilled, dated today. */
  private void theFollowUp_shouldStartWithWhatIsCarriedOver(LocalDate today) {
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Dokumentieren"))).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.tagName("h1"), "Folgedokumentation DM2"));
    assertThat(browser.findElement(By.id("form:draftState")).getText())
        .contains("aus der letzten Dokumentation übernommen");
    assertThat(browser.findElements(By.id("form:periodDocumented")))
        .as("the Erstdokumentation covers the previous quarter, not this one")
        .isEmpty();
    assertThat(form.value("body-height")).isEqualTo("1,72");
    assertThat(form.value("hba1c")).isEmpty();
    assertThat(browser.findElement(By.id("form:examinedOn_input")).getAttribute("value"))
        .isEqualTo(today.format(GERMAN_DAY));
  }

  private void endTheEnrolment(String patientId, String family) {
    browser.get(base.toExternalForm() + "chart.xhtml?patient=" + patientId);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), family));
    wait.until(page -> "complete".equals(browser.executeScript("return document.readyState")));
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='cards:0:end:endSet'] legend")))
        .click();
    wait.until(page -> (Boolean) browser.executeScript("return jQuery(':animated').length === 0"));
    Browser.choose(browser, wait, "cards:0:end:reason", "A", "Auf eigenen Wunsch");
    browser.findElement(By.id("cards:0:end:endEnrolment")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("chart"), "Die Einschreibung ist beendet."));
    assertThat(browser.findElement(By.id("chart")).getText()).contains("· beendet ·");
  }
}
