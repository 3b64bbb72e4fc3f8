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

  /** Words of the rules' German sentences and of the G-BA's labels that English never uses. */
  private static final Pattern GERMAN =
      Pattern.compile(
          "\\b(überfällig|fällig|dokumentiert|seit|Einschreibung|nicht|Quartal|Versand|zuletzt"
              + "|Folgedokumentation|Erstdokumentation|Inspektion|Füße|Schulung|Körpergröße"
              + "|Anamnese|Raucher|Begleiterkrankungen|Ja|Nein|Typ|Hoher|Niedriger|Anteil"
              + "|Patienten|Untersuchung|Schulung)\\b");

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
    assertThat(GERMAN.matcher(worklist).results().map(m -> m.group()).toList()).isEmpty();
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
    assertThat(GERMAN.matcher(verdicts).results().map(m -> m.group()).toList()).isEmpty();
    Browser.screenshot(browser, "chart-verdicts-en");

    browser.findElement(By.cssSelector("a[id$='document']")).click();
    wait.until(ExpectedConditions.urlContains("documentation.xhtml"));
    waitForHeading("DM2");
    String form = browser.findElement(By.id("form")).getText();
    assertThat(form)
        .contains("Diabetes mellitus type 2", "History and findings", "Body height", "Smoker")
        .contains("Yes", "No", "Foot pulses");
    assertThat(GERMAN.matcher(form).results().map(m -> m.group()).toList()).isEmpty();
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

  private static List<String> germanIn(String text) {
    return GERMAN.matcher(text).results().map(m -> m.group()).toList();
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
