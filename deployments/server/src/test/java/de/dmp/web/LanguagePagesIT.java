package de.dmp.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.demo.boundary.DemoData;
import de.dmp.it.Browser;
import de.dmp.it.Deployments;
import de.dmp.it.Http;
import de.dmp.it.NewPatients;
import java.net.URL;
import java.util.List;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The doctor's worklist, chart and documentation form, the follow-ups to arrange and the quality
 * targets read wholly in the language chosen: the rules' sentences and the programme's labels in
 * English in the English UI, the G-BA's labels verbatim in the German one.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LanguagePagesIT {

  /**
   * Words of the rules' German sentences, of the G-BA's labels and of the UI that English never
   * uses, the common German function words among them, and any word with an umlaut or ß.
   */
  private static final Pattern GERMAN =
      Pattern.compile(
          "\\b(überfällig|fällig|dokumentiert|seit|Einschreibung|nicht|Quartal|Versand|zuletzt"
              + "|Folgedokumentation|Erstdokumentation|Inspektion|Füße|Schulung|Körpergröße"
              + "|Anamnese|Raucher|Begleiterkrankungen|Ja|Nein|Typ|Hoher|Niedriger|Anteil"
              + "|Patienten|Untersuchung|Schulung|und|oder|der|die|das|den|dem|des|ein|eine"
              + "|einer|mit|von|vom|für|bei|auf|ist|sind|wird|werden|im|zum|zur|am|bis|noch"
              + "|kein|keine|nach|vor|wenn|nur|Termin|Wert|Werte|Datum|Ziel|erreicht|Verlauf"
              + "|gleichbleibend|steigend|fallend|schwankend|Monate|Monaten|Jahre|heute|erledigt|gebucht"
              + "|abgesagt|Buchen|Dokumentieren|Therapieplan|Akte|Entwurf|Angaben|Befund"
              + "|Befunde|Medikation|Sonstige|Programm|Praxis|Woche|Tag|Tage"
              + "|\\p{L}*[äöüÄÖÜß]\\p{L}*)\\b",
          Pattern.UNICODE_CHARACTER_CLASS);

  /**
   * A number written the English way: digits, a point, digits; not a date (03.04.1958 goes on with
   * a point and digits) nor a code (the ICD-10 code E11.9); also at the end of a sentence ("Ziel
   * 7.5.").
   */
  private static final Pattern DECIMAL_POINT =
      Pattern.compile("(?<![\\p{L}\\d.])\\d+\\.\\d+(?!\\d|\\.\\d)");

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application(LanguagePagesIT.class);
  }

  @ArquillianResource private URL base;

  private ChromeDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void openBrowser() {
    browser = Browser.start();
    wait = Browser.waitOn(browser);
  }

  @AfterEach
  void closeBrowser() {
    Browser.quit(browser);
  }

  private void waitForHeading(String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), text));
  }

  @Test
  void theDoctorsDayInEnglish_shouldContainNoGermanSentence() {
    String family = NewPatients.firstInTheAlphabet();
    String patientId = NewPatients.enrolledInDm2(base, family);
    Browser.logIn(browser, wait, base, Http.DOCTOR, DemoData.PASSWORD);
    waitForHeading("Arbeitsliste");
    browser.findElement(By.linkText("English")).click();
    waitForHeading("Worklist");

    Browser.choose(browser, wait, "worklist:order", "P", "Patient");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("worklist:entries_data"), family + ", Greta"));
    String worklist = browser.findElement(By.id("worklist:entries_data")).getText();
    assertThat(worklist).contains("Initial documentation");
    assertThat(germanIn(worklist)).isEmpty();
    Browser.screenshot(browser, "worklist-en");

    browser.findElements(By.cssSelector("#worklist\\:entries_data tr")).stream()
        .filter(row -> row.getText().contains(family + ", Greta"))
        .filter(row -> row.getText().contains("Initial documentation"))
        .findFirst()
        .orElseThrow()
        .findElement(By.cssSelector("button[id$='book']"))
        .click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bookingSubject")));
    String followUp = browser.findElement(By.id("bookingSubject")).getText();
    assertThat(followUp).contains("Initial documentation");
    assertThat(germanIn(followUp)).isEmpty();

    browser.get(base.toExternalForm() + "chart.xhtml?patient=" + patientId);
    waitForHeading(family);
    String verdicts = browser.findElement(By.cssSelector("[id$='verdicts']")).getText();
    assertThat(verdicts)
        .contains("Initial documentation", "Complete foot inspection", "Ophthalmological");
    assertThat(germanIn(verdicts)).isEmpty();
    Browser.screenshot(browser, "chart-verdicts-en");

    browser.findElement(By.cssSelector("a[id$='document']")).click();
    wait.until(ExpectedConditions.urlContains("documentation.xhtml"));
    waitForHeading("DM2");
    String form = browser.findElement(By.id("form")).getText();
    assertThat(form)
        .contains("Diabetes mellitus type 2", "History and findings", "Body height", "Smoker")
        .contains("Yes", "No", "Foot pulses");
    assertThat(germanIn(form)).isEmpty();
    Browser.screenshot(browser, "documentation-en");
  }

  @Test
  void followUpsAndQualityTargetsInEnglish_shouldBeNamedInEnglish() {
    Browser.logIn(browser, wait, base, Http.DOCTOR, DemoData.PASSWORD);
    waitForHeading("Arbeitsliste");
    browser.findElement(By.linkText("English")).click();
    waitForHeading("Worklist");

    browser.get(base.toExternalForm() + "recall.xhtml");
    waitForHeading("Recall list");
    String recall = browser.findElement(By.id("recall:entries_data")).getText();
    assertThat(recall).isNotBlank();
    assertThat(germanIn(recall)).isEmpty();

    browser.get(base.toExternalForm() + "calendar.xhtml");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("toArrangeHeading")));
    String toArrange = browser.findElement(By.id("calendar:toArrange_data")).getText();
    assertThat(germanIn(toArrange)).isEmpty();

    browser.findElement(By.id("nav-quality")).click();
    waitForHeading("Quality targets");
    String targets = browser.findElement(By.id("quality:targets_data")).getText();
    assertThat(targets).contains("High share of patients with HbA1c ≤ 8.5 %");
    assertThat(germanIn(targets)).isEmpty();
    Browser.screenshot(browser, "quality-en");
  }

  /**
   * The German words in a text of the English UI, but for the values that have no translation: the
   * patients' names, as the page links them to their charts, heads a chart with them or marks them
   * ({@code dmp-patient}: the calendar's follow-ups to arrange, the booking dialog).
   */
  @SuppressWarnings("unchecked")
  private List<String> germanIn(String text) {
    String translatable = text;
    List<String> names =
        (List<String>)
            browser.executeScript(
                "return Array.from(document.querySelectorAll(\"a[href*='chart.xhtml'], h1, .dmp-patient\"))"
                    + ".map(e => e.innerText.trim()).filter(t => t.length > 0);");
    for (String name : names) {
      translatable = translatable.replace(name, " ");
    }
    return GERMAN.matcher(translatable).results().map(m -> m.group()).toList();
  }

  @Test
  void theGermanPages_shouldWriteNoDecimalPoint() {
    Browser.logIn(browser, wait, base, Http.DOCTOR, DemoData.PASSWORD);
    waitForHeading("Arbeitsliste");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("worklist:entries_data")));
    assertThat(decimalPointsShown()).as("worklist").isEmpty();

    browser.get(base.toExternalForm() + "quality.xhtml");
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("#quality\\:targets_data button[id$='patients']")))
        .click();
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#quality\\:members a")));
    String chart = demoPatientsChart();
    browser.get(chart);
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id$='verdicts']")));
    assertThat(browser.findElement(By.id("chart")).getText()).containsPattern("\\d,\\d");
    assertThat(decimalPointsShown()).as("chart " + chart).isEmpty();

    browser.findElement(By.cssSelector("a[id$='open']")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("record")));
    assertThat(browser.findElement(By.id("record")).getText()).containsPattern("\\d,\\d");
    assertThat(decimalPointsShown()).as("documentation record").isEmpty();

    browser.get(chart);
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[id$='document']")))
        .click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("form")));
    assertThat(browser.findElement(By.id("form")).getText()).containsPattern("\\d,\\d");
    assertThat(decimalPointsShown()).as("documentation form").isEmpty();
  }

  /**
   * The chart of a demo patient among the target's: the patients other tests create come first in
   * the alphabet ({@link NewPatients#PREFIX}) and have no measured values yet, so with more than a
   * page of members the last page is read.
   */
  private String demoPatientsChart() {
    browser.findElements(By.cssSelector("#quality\\:members .ui-paginator-last")).stream()
        .findFirst()
        .ifPresent(WebElement::click);
    return wait.until(
        driver -> {
          try {
            return driver.findElements(By.cssSelector("#quality\\:members a")).stream()
                .filter(link -> !link.getText().startsWith(NewPatients.PREFIX))
                .map(link -> link.getAttribute("href"))
                .findFirst()
                .orElse(null);
          } catch (StaleElementReferenceException redrawn) {
            return null;
          }
        });
  }

  /**
   * Every English-written number the page shows: in its text and in the fields a person sees, whose
   * values the page's text does not hold.
   */
  private List<String> decimalPointsShown() {
    String shown =
        (String)
            browser.executeScript(
                "return document.body.innerText + '\\n' + Array.from(document.querySelectorAll("
                    + "'input:not([type=hidden]), textarea')).filter(i => i.offsetParent !== null)"
                    + ".map(i => i.value).join('\\n');");
    return DECIMAL_POINT.matcher(shown).results().map(m -> m.group()).toList();
  }

  @Test
  void theGermanPages_shouldShowTheGbaLabelsVerbatim() {
    String family = NewPatients.firstInTheAlphabet();
    String patientId = NewPatients.enrolledInDm2(base, family);
    Browser.logIn(browser, wait, base, Http.DOCTOR, DemoData.PASSWORD);
    waitForHeading("Arbeitsliste");

    browser.get(base.toExternalForm() + "chart.xhtml?patient=" + patientId);
    waitForHeading(family);
    assertThat(browser.findElement(By.cssSelector("[id$='verdicts']")).getText())
        .contains(
            "Erstdokumentation",
            "Komplette Inspektion der Füße",
            "Die Erstdokumentation ist im Quartal");

    browser.findElement(By.cssSelector("a[id$='document']")).click();
    wait.until(ExpectedConditions.urlContains("documentation.xhtml"));
    waitForHeading("DM2");
    assertThat(browser.findElement(By.id("form")).getText())
        .contains(
            "Diabetes mellitus Typ 2",
            "Anamnese- und Befunddaten",
            "Körpergröße",
            "Raucher",
            "Einschreibung wegen",
            "Pulsstatus",
            "Ja",
            "Nein");
  }
}
