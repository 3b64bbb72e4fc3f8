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
import java.util.List;
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
 * The documentation form of a new DM2 enrolment in headless Chromium: a value out of range kept as
 * a draft and continued from the chart, refused next to its field with the cursor in the first
 * field in error, a field required once another is answered, then a complete initial documentation,
 * opened read-only from the chart and corrected as a new revision.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DocumentationFormIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application(DocumentationFormIT.class);
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

  /** Logs in as the demo doctor and opens the patient's chart. */
  private void openChartAsTheDoctor(String patientId) {
    Browser.logIn(browser, wait, base, Http.DOCTOR, DemoData.PASSWORD);
    wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-patients")));
    openChart(patientId);
  }

  private void openChart(String patientId) {
    browser.get(base.toExternalForm() + "chart.xhtml?patient=" + patientId);
  }

  @Test
  void aDoctor_shouldBeToldWhatIsWrongLoseNothingAndThenDocumentCompletely() {
    String patientId = NewPatients.enrolledInDm2(base, NewPatients.firstInTheAlphabet());
    openChartAsTheDoctor(patientId);
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Dokumentieren"))).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.tagName("h1"), "Erstdokumentation DM2"));

    theRangeHint_shouldShowWhileTyping(
        "hba1c", "25", "Außerhalb des üblichen Bereichs 3–20 %: bitte prüfen.");
    form.type("hba1c", "25");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("form:draftState"), "Entwurf"));
    form.choose("egfr-not-determined", "Nicht bestimmt");
    assertThat(form.field("egfr-not-determined").findElements(By.cssSelector("input:checked")))
        .hasSize(1);
    form.choose("egfr-not-determined", "Nicht bestimmt");
    assertThat(form.field("egfr-not-determined").findElements(By.cssSelector("input:checked")))
        .as("'Nicht bestimmt' taken back")
        .isEmpty();
    scrollToField("egfr");
    Browser.screenshot(browser, "documentation-not-measured");
    assertThat(theRequiredMarkIsOnTheLabelsLastLine("platelet-inhibitors")).isTrue();
    scrollToField("platelet-inhibitors");
    Browser.screenshot(browser, "documentation-required-mark");
    openChart(patientId);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("timeline"), "Entwurf"));
    scrollTo("timeline");
    Browser.screenshot(browser, "chart-draft");
    browser.findElement(By.linkText("Weiter bearbeiten")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("form:draftState"), "früher gesicherte Entwurf"));
    assertThat(form.value("hba1c")).isEqualTo("25");
    assertThat(form.field("egfr-not-determined").findElements(By.cssSelector("input:checked")))
        .as("the draft kept it taken back")
        .isEmpty();

    assertThat(form.field("insulin-injection-sites").getText()).doesNotContain("*");
    form.choose("insulin", "Ja");
    wait.until(page -> form.field("insulin-injection-sites").getText().contains("*"));

    browser.findElement(By.id("form:save")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("form:messages"), "Nicht gespeichert"));
    assertThat(form.errorNextTo("hba1c")).contains("zwischen 3 und 20");
    assertThat(form.errorNextTo("body-height")).contains("erforderlich");
    assertThat(
            browser.executeScript(
                "return document.activeElement.closest('.dmp-field').dataset.code"
                    + " === document.querySelector('.dmp-field-error')"
                    + ".closest('.dmp-field').dataset.code"))
        .as("the first field in error has the cursor")
        .isEqualTo(true);
    assertThat(form.field("body-height").getText()).contains("m (0,5–2,5)");
    Browser.screenshot(browser, "documentation-errors");

    form.answerWhatIsRequired();
    form.choose("late-complications", "Diabetische Nephropathie");
    browser.findElement(By.id("form:save")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("form:messages"), "Nicht gespeichert"));
    assertThat(form.errorNextTo("late-complications"))
        .as("'Keine' beside a late complication contradicts itself")
        .contains("'Keine' schließt die anderen Angaben aus");
    theRefusalInEnglish_shouldQuoteTheEnglishValue();
    form.choose("late-complications", "Diabetische Nephropathie");
    browser.findElement(By.id("form:save")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("form:messages"), "vollständig und gespeichert"));
    assertThat(browser.findElement(By.id("form:draftState")).getText())
        .as("no draft's state beside the saved documentation")
        .isEmpty();

    browser.findElement(By.id("form:backToChart")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("chart"), "Vollständig"));
    assertThat(browser.findElement(By.id("chart")).getText())
        .contains("Nächste Folgedokumentation im Quartal")
        .doesNotContain("Die Erstdokumentation ist im Quartal", "Weiter bearbeiten");

    correctTheHba1cFromTheChart();
    followUpStartsWithWhatIsCarriedOver(patientId);
  }

  /**
   * Types digits in front of the field's number that take it outside its range, without leaving the
   * field: the hint shows beside it before anything is saved, and goes when they are taken back.
   */
  private void theRangeHint_shouldShowWhileTyping(String code, String outside, String hint) {
    WebElement input = form.field(code).findElement(By.cssSelector("input"));
    String before = input.getAttribute("value");
    WebElement shown = form.field(code).findElement(By.cssSelector(".dmp-range-hint"));
    assertThat(shown.isDisplayed()).isFalse();

    input.sendKeys(Keys.HOME, outside);

    wait.until(ExpectedConditions.visibilityOf(shown));
    assertThat(shown.getText()).isEqualTo(hint);
    assertThat(form.field(code).findElements(By.cssSelector(".dmp-field-error")))
        .as("a hint, not a refusal: nothing is saved or checked yet")
        .isEmpty();
    Browser.screenshot(browser, "documentation-range-hint" + (hint.startsWith("Out") ? "-en" : ""));
    input.sendKeys(Keys.HOME);
    for (int i = 0; i < outside.length(); i++) {
      input.sendKeys(Keys.DELETE);
    }
    wait.until(ExpectedConditions.invisibilityOf(shown));
    assertThat(input.getAttribute("value")).isEqualTo(before);
  }

  /**
   * Switched to English, the open form's headings and the German refusal's errors are English; the
   * same contradiction refused in English quotes the programme's English value label.
   */
  private void theRefusalInEnglish_shouldQuoteTheEnglishValue() {
    browser.findElement(By.linkText("English")).click();
    wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
    assertThat(browser.findElements(By.tagName("legend")))
        .extracting(WebElement::getText)
        .contains("Administrative data", "History and findings")
        .doesNotContain("Administrative Daten", "Anamnese- und Befunddaten");
    assertThat(form.errorNextTo("late-complications"))
        .startsWith("'None' excludes the other answers");
    browser.findElement(By.id("form:save")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("form:messages"), "Not saved"));
    assertThat(form.errorNextTo("late-complications"))
        .startsWith("'None' excludes the other answers")
        .doesNotContain("Keine");
    theRangeHint_shouldShowWhileTyping(
        "body-height", "9", "Outside the usual range 0.5–2.5 m: please check.");
    browser.findElement(By.linkText("Deutsch")).click();
    wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "de"));
  }

  /** The follow-up form starts with the height from the initial documentation, not its HbA1c. */
  private void followUpStartsWithWhatIsCarriedOver(String patientId) {
    browser.findElement(By.linkText("Deutsch")).click();
    wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "de"));
    openChart(patientId);
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Dokumentieren"))).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.tagName("h1"), "Folgedokumentation DM2"));
    assertThat(browser.findElement(By.id("form:draftState")).getText())
        .contains("aus der letzten Dokumentation übernommen");
    assertThat(browser.findElement(By.id("form:periodDocumented")).getText())
        .as("said before anything is typed")
        .contains("liegt bereits die Erstdokumentation vom", "Diese Dokumentation öffnen");
    assertThat(form.value("body-height")).isEqualTo("1,72");
    assertThat(form.value("hba1c")).isEmpty();
    Browser.screenshot(browser, "documentation-carried-over");
    aSecondDocumentationInTheQuarter_shouldBeRefusedNamingTheFirst();
  }

  /**
   * The follow-up on the same day as the initial documentation is refused with a message in view
   * that names the initial one and says to correct it instead.
   */
  private void aSecondDocumentationInTheQuarter_shouldBeRefusedNamingTheFirst() {
    LocalDate today = LocalDate.now();
    form.answerWhatIsRequired();
    browser.findElement(By.id("form:save")).click();

    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("form:messages"), "Nicht gespeichert: Für diesen Dokumentationszeitraum"));
    assertThat(browser.findElement(By.id("form:periodDocumented")).getText())
        .contains(
            // the quarter, and the next one too where the initial documentation chose every second
            "Für den Dokumentationszeitraum "
                + ((today.getMonthValue() - 1) / 3 + 1)
                + "/"
                + today.getYear(),
            " liegt bereits die Erstdokumentation vom "
                + today.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"))
                + " vor (Nr. ",
            "eine Änderung bitte mit „Korrigieren“ an dieser Dokumentation.");
    assertThat(browser.findElement(By.id("form:messages")).getText())
        .as("the notice says it, the message only that it is why")
        .doesNotContain("liegt bereits die", "Felder sind unvollständig", "Feld ist unvollständig");
    assertThat(
            browser.executeScript(
                "var box = document.querySelector('.ui-messages-error').getBoundingClientRect();"
                    + " return box.top >= 0 && box.bottom <= window.innerHeight;"))
        .as("the refusal is in view")
        .isEqualTo(true);
    Browser.screenshot(browser, "documentation-second-refused");

    browser.findElement(By.linkText("English")).click();
    wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
    assertThat(browser.findElement(By.id("form:periodDocumented")).getText())
        .as("the notice stays, in the language switched to")
        .contains("already has the initial documentation of", "Open that documentation");
    Browser.screenshot(browser, "documentation-second-refused-en");
    browser.findElement(By.linkText("Deutsch")).click();
    wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "de"));
  }

  /** Whether the field's required mark sits on the last line of its label's words, not below. */
  private boolean theRequiredMarkIsOnTheLabelsLastLine(String code) {
    return (Boolean)
        browser.executeScript(
            "var label = document.querySelector(\"[data-code='\" + arguments[0] + \"'] .dmp-label\");"
                + " var words = document.createRange();"
                + " words.selectNodeContents(label.firstChild);"
                + " var lines = words.getClientRects(), last = lines[lines.length - 1];"
                + " var mark = label.querySelector('.dmp-required').getBoundingClientRect();"
                + " return mark.width > 0 && Math.abs(mark.top - last.top) < last.height / 2;",
            code);
  }

  private void scrollToField(String code) {
    browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", form.field(code));
  }

  private void scrollTo(String id) {
    browser.executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
  }

  /**
   * Opens the complete initial documentation read-only from the chart, corrects its HbA1c, and
   * finds the correction as the newest revision (after the draft and the completed one).
   */
  private void correctTheHba1cFromTheChart() {
    browser.findElement(By.id("timeline:0:open")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "Vollständig"));
    assertThat(answer("hba1c")).isEqualTo("7,1 %");
    assertThat(revisionRows()).hasSize(2);
    browser.findElement(By.id("correct")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.tagName("h1"), "Korrektur: Erstdokumentation DM2"));
    WebElement examinedOn = browser.findElement(By.id("form:examinedOn_input"));
    assertThat(examinedOn.getAttribute("value"))
        .as("the correction opens with the documentation's day")
        .isEqualTo(
            LocalDate.now(ZoneId.of("Europe/Berlin"))
                .format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
    assertThat(examinedOn.isEnabled()).as("a correction keeps the day").isFalse();

    form.type("hba1c", "6,8");
    browser.findElement(By.id("form:save")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("form:messages"), "als neue Fassung gespeichert"));
    browser.findElement(By.id("form:openRecord")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("summary"), "Vollständig"));
    assertThat(answer("hba1c")).isEqualTo("6,8 %");
    List<WebElement> revisions = revisionRows();
    assertThat(revisions).hasSize(3);
    assertThat(revisions.get(0).getText())
        .startsWith("3")
        .contains("HbA1c-Wert")
        .as("the person, or the login on a test database filled before accounts had names")
        .containsAnyOf("Anna Weber", Http.DOCTOR);
    assertThat(revisions.get(2).getText()).contains("Entwurf", "Erste Fassung");
    Browser.screenshot(browser, "documentation-record");
    scrollTo("revisions");
    Browser.screenshot(browser, "documentation-record-revisions");

    browser.findElement(By.linkText("English")).click();
    wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
    assertThat(browser.findElement(By.id("record")).getText())
        .contains("Revisions", "Changed answers", "6.8 %");
    scrollTo("revisions");
    Browser.screenshot(browser, "documentation-record-en");
  }

  private String answer(String code) {
    return browser
        .findElement(By.cssSelector("[data-code='" + code + "'] .dmp-value"))
        .getText()
        .strip();
  }

  private List<WebElement> revisionRows() {
    return browser.findElements(By.cssSelector("#revisions_data tr"));
  }

  @Test
  void theEnrolment_shouldRefuseWhatIsWrongByItsFieldAndThenLeadToTheInitialDocumentation() {
    String family = NewPatients.firstInTheAlphabet();
    String patientId = NewPatients.insured(base, family);
    openChartAsTheDoctor(patientId);
    wait.until(ExpectedConditions.elementToBeClickable(By.id("enrol"))).click();

    Browser.choose(browser, wait, "enrol:programme", "DM2", "DM2");
    browser.findElement(By.id("enrol:diagnosis")).sendKeys("Diabetes");
    browser.findElement(By.id("enrol:enrolButton")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("enrol:diagnosisError"), "ICD-10-GM-Code wie E11.9"));
    assertThat(browser.findElement(By.id("enrol:diagnosedOnError")).getText())
        .isEqualTo("Das Datum der Diagnose ist erforderlich.");
    Browser.screenshot(browser, "enrolment-errors");

    WebElement diagnosis = browser.findElement(By.id("enrol:diagnosis"));
    diagnosis.clear();
    diagnosis.sendKeys("E11.9");
    browser.findElement(By.id("enrol:diagnosedOn_input")).sendKeys("01.03.2024");
    browser.findElement(By.id("enrol:enrolButton")).click();
    // the redirect replaces the page: wait for the address before reading the new one
    wait.until(ExpectedConditions.urlContains("documentation.xhtml"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.tagName("h1"), "Erstdokumentation DM2"));
  }

  @Test
  void aSwitchFromDm2ToDm1_shouldEndTheOldEnrolmentAndStartTheNewOneInOneStep() {
    String family = NewPatients.firstInTheAlphabet();
    String patientId = NewPatients.enrolledInDm2(base, family);
    openChartAsTheDoctor(patientId);
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Wechsel nach DM1"))).click();

    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("enrol:switchNotice"), "Wechsel aus DM2"));
    browser.findElement(By.id("enrol:diagnosis")).sendKeys("E10.9");
    browser.findElement(By.id("enrol:diagnosedOn_input")).sendKeys("01.03.2024");
    browser.findElement(By.id("enrol:switchButton")).click();
    WebElement yes = wait.until(ExpectedConditions.elementToBeClickable(By.id("enrol:switchYes")));
    Browser.screenshot(browser, "enrolment-switch");
    yes.click();

    wait.until(ExpectedConditions.urlContains("documentation.xhtml"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.tagName("h1"), "Erstdokumentation DM1"));
    browser.get(base.toExternalForm() + "chart.xhtml?patient=" + patientId);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("chart"), "Programm DM1 seit"));
    assertThat(browser.findElement(By.id("chart")).getText())
        .contains("Programm DM2 seit", "· beendet ·");
  }

  @Test
  void theTherapyPlan_shouldRefuseAGoalWithoutTargetAndThenSaveItAsTheFirstVersion() {
    String patientId = NewPatients.enrolledInDm2(base, NewPatients.firstInTheAlphabet());
    openChartAsTheDoctor(patientId);
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Therapieplan"))).click();

    wait.until(ExpectedConditions.elementToBeClickable(By.id("plan:addGoal"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("plan:goals:0:code_label")));
    assertThat(browser.findElements(By.cssSelector("#plan\\:goals\\:0\\:code_input option")))
        .extracting(option -> option.getAttribute("textContent"))
        .as("the programme's goals, each with its unit once; no height")
        .contains("HbA1c-Wert (%)", "HbA1c-Wert in mmol/mol", "Blutdruck systolisch (mmHg)")
        .noneMatch(option -> option.contains("Körpergröße") || option.contains("(mmol/mol)"));
    Browser.choose(browser, wait, "plan:goals:0:code", "H", "HbA1c");
    browser.findElement(By.id("plan:save")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("plan:messages"), "Ziel 1: Ein Ziel braucht einen unteren oder oberen Zielwert"));

    browser.findElement(By.id("plan:goals:0:high_input")).sendKeys("7,5");
    browser.findElement(By.id("plan:addMeasure")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("plan:measures:0:training_label"), "Diabetes-Schulung"));
    assertThat(browser.findElements(By.cssSelector("#plan\\:measures input")))
        .extracting(input -> input.getAttribute("value"))
        .as("the training's code stays internal")
        .doesNotContain("diabetes-training");
    browser.findElement(By.id("plan:save")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("plan:messages"), "Als Version 1 gespeichert."));
    assertThat(browser.findElement(By.id("plan:history")).getText())
        .contains("HbA1c-Wert ≤ 7,5 %")
        .doesNotContain("7,50", "7.5");
    Browser.screenshot(browser, "therapy-plan");

    browser.findElement(By.linkText("English")).click();
    wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
    assertThat(browser.findElement(By.id("plan:history")).getText())
        .contains("HbA1c ≤ 7.5 %")
        .doesNotContain("HbA1c-Wert");
    assertThat(browser.findElement(By.id("plan:measures:0:training_label")).getText())
        .isEqualTo("Diabetes education");
    scrollTo("plan:measures");
    Browser.screenshot(browser, "therapy-plan-en");
    browser.findElement(By.linkText("Deutsch")).click();
    wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "de"));
  }
}
