package de.dmp.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.demo.boundary.DemoData;
import de.dmp.it.Browser;
import de.dmp.it.Deployments;
import de.dmp.it.Http;
import de.dmp.it.NewPatients;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
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

/** The patient page in headless Chromium against the real server and database. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PatientPageIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application(PatientPageIT.class);
  }

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

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

  private static String uniqueFamilyName() {
    return "Ui" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }

  private void logIn(String user, String password) {
    Browser.logIn(browser, wait, base, user, password);
  }

  private void logInAsDoctor() {
    logIn(Http.DOCTOR, DemoData.PASSWORD);
    openPatients();
  }

  private void openPatients() {
    wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-patients"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("list:search")));
  }

  /** Opens the registration form, hidden while the page only searches. */
  private void openRegistration() {
    browser.findElement(By.id("list:newPatient")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("register:family")));
  }

  private void openPatientsFilteredBy(String family) {
    browser.get(base.toExternalForm() + "patients.xhtml");
    WebElement filter = wait.until(ExpectedConditions.elementToBeClickable(By.id("list:search")));
    filter.sendKeys(family);
    wait.until(page -> rows().size() == 1 && rows().get(0).getText().contains(family));
  }

  private List<WebElement> rows() {
    return browser.findElements(By.cssSelector("#list\\:patients_data tr"));
  }

  @Test
  void patientPage_shouldListAPatientCreatedThroughFhir() {
    String family = uniqueFamilyName();
    String body =
        """
        {"resourceType":"Patient","name":[{"family":"%s","given":["Erika"]}],
         "birthDate":"1964-08-12","gender":"female"}"""
            .formatted(family);
    assertThat(Http.postJson(base, "fhir/Patient", body).statusCode()).isEqualTo(201);

    logInAsDoctor();
    openPatientsFilteredBy(family);

    assertThat(rows())
        .singleElement()
        .extracting(WebElement::getText)
        .asString()
        .contains(family, "Erika", "12.08.1964");
    Browser.screenshot(browser, "patients");
  }

  @Test
  void patientPage_shouldStartInTheSearchAndShowTheSameSearchAfterBack() {
    String family = uniqueFamilyName();
    NewPatients.uninsured(base, family);
    logInAsDoctor();
    WebElement search = browser.findElement(By.id("list:search"));
    assertThat(browser.switchTo().activeElement()).isEqualTo(search);
    assertThat(browser.findElements(By.id("register:family")))
        .as("no registration form to type a search into")
        .isEmpty();
    assertThat(
            browser.executeScript(
                "var input = arguments[0], style = getComputedStyle(input);"
                    + " var text = document.createElement('canvas').getContext('2d');"
                    + " text.font = style.font;"
                    + " return text.measureText(input.placeholder).width"
                    + " <= input.clientWidth - parseFloat(style.paddingLeft)"
                    + " - parseFloat(style.paddingRight);",
                search))
        .as("the whole hint fits: %s", search.getAttribute("placeholder"))
        .isEqualTo(true);
    Browser.screenshot(browser, "patients-search");

    search.sendKeys(family.toLowerCase(Locale.ROOT));
    wait.until(page -> rows().size() == 1 && rows().get(0).getText().contains(family));
    wait.until(ExpectedConditions.urlContains("q="));
    browser.findElement(By.linkText(family)).click();
    awaitChartOf(family);
    browser.navigate().back();

    wait.until(ExpectedConditions.elementToBeClickable(By.id("list:search")));
    assertThat(browser.findElement(By.id("list:search")).getAttribute("value"))
        .isEqualTo(family.toLowerCase(Locale.ROOT));
    assertThat(rows())
        .as("the list found by the words in the field")
        .singleElement()
        .extracting(WebElement::getText)
        .asString()
        .contains(family);
  }

  @Test
  void registerForm_shouldShowEachErrorNextToItsFieldThenRegister() {
    logInAsDoctor();
    openRegistration();
    assertThat(browser.switchTo().activeElement().getAttribute("id"))
        .as("the cursor in the form just opened")
        .isEqualTo("register:family");
    assertThat(browser.findElements(By.id("list:newPatient"))).as("opened once").isEmpty();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("register:save"))).click();

    wait.until(page -> messageNextTo("family").equals("Der Nachname ist erforderlich."));
    assertThat(messageNextTo("given")).isEqualTo("Der Vorname ist erforderlich.");
    assertThat(messageNextTo("birthDate")).isEqualTo("Das Geburtsdatum ist erforderlich.");
    assertThat(messageNextTo("sex")).isEqualTo("Das Geschlecht ist erforderlich.");
    assertThat(browser.findElement(By.id("register:birthDate_input")).getAttribute("placeholder"))
        .isEqualTo("TT.MM.JJJJ");
    Browser.screenshot(browser, "register-errors");

    String family = uniqueFamilyName();
    browser.findElement(By.id("register:family")).sendKeys(family);
    browser.findElement(By.id("register:given")).sendKeys("Jonas");
    Browser.choose(browser, wait, "register:sex", "M", "männlich");
    browser.findElement(By.id("register:birthDate_input")).sendKeys("19.01.2008");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("register:save"))).click();

    awaitChartOf(family + ", Jonas");
    assertThat(browser.findElement(By.id("chart")).getText())
        .contains(family + ", Jonas aufgenommen.", "geboren am 19.01.2008");
    openPatientsFilteredBy(family);
    assertThat(rows())
        .singleElement()
        .extracting(WebElement::getText)
        .asString()
        .contains(family, "Jonas", "19.01.2008");
  }

  @Test
  void registerForm_shouldShowALookAlikeBeforeRegisteringTheSamePersonAgain() {
    String family = uniqueFamilyName();
    String existing = NewPatients.uninsured(base, family);
    logInAsDoctor();
    openRegistration();
    browser.findElement(By.id("register:family")).sendKeys(family);
    browser.findElement(By.id("register:given")).sendKeys("Ilse");
    Browser.choose(browser, wait, "register:sex", "W", "weiblich");
    browser.findElement(By.id("register:birthDate_input")).sendKeys("03.04.1950");
    browser.findElement(By.id("register:save")).click();

    WebElement alike =
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.dmp-look-alike")));
    assertThat(browser.findElement(By.id("register:lookAlikes")).getText())
        .contains("gleichem Namen und Geburtsdatum", family + ", Ilse", "03.04.1950");
    assertThat(alike.getAttribute("href")).endsWith("patient=" + existing);
    Browser.screenshot(browser, "register-look-alike");
    browser.findElement(By.id("register:registerAnother")).click();

    awaitChartOf(family + ", Ilse");
    assertThat(browser.getCurrentUrl()).contains("patient=").doesNotContain("patient=" + existing);
  }

  private void awaitChartOf(String name) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), name));
  }

  @Test
  void registerForm_shouldRefuseAMistypedKvnrThenRegisterTheInsuredPatient() {
    logInAsDoctor();
    String family = uniqueFamilyName();
    String kvnr = NewPatients.insuranceNumber();
    openRegistration();
    browser.findElement(By.id("register:family")).sendKeys(family);
    browser.findElement(By.id("register:given")).sendKeys("Ilse");
    Browser.choose(browser, wait, "register:sex", "W", "weiblich");
    browser.findElement(By.id("register:birthDate_input")).sendKeys("03.04.1950");
    Browser.chooseFiltered(browser, wait, "register:insurer", "109900001");
    WebElement number = browser.findElement(By.id("register:insuranceNumber"));
    number.sendKeys(mistyped(kvnr));
    browser.findElement(By.id("register:save")).click();

    wait.until(
        page ->
            messageNextTo("insuranceNumber")
                .equals(
                    "Die Prüfziffer der Versichertennummer (KVNR) stimmt nicht: bitte die Nummer"
                        + " noch einmal von der Gesundheitskarte abschreiben."));
    Browser.screenshot(browser, "register-kvnr-refused");
    number = browser.findElement(By.id("register:insuranceNumber"));
    number.clear();
    number.sendKeys(kvnr);
    browser.findElement(By.id("register:save")).click();

    awaitChartOf(family + ", Ilse");
    assertThat(browser.findElement(By.id("insurance:insuranceSet")).getText())
        .contains("Versicherung: Demo-Ortskrankenkasse (109900001) · KVNR " + kvnr);
    assertThat(Http.get(base, "fhir/Patient?identifier=" + kvnr).body()).contains(family);
  }

  @Test
  void chart_shouldRecordTheInsuranceOfAPatientRegisteredWithout() {
    String family = uniqueFamilyName();
    String id = NewPatients.uninsured(base, family);
    String kvnr = NewPatients.insuranceNumber();
    logInAsDoctor();
    browser.get(base.toExternalForm() + "chart.xhtml?patient=" + id);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("insurance:insuranceSet"), "Krankenkasse und Versichertennummer fehlen"));
    Browser.screenshot(browser, "chart-insurance-missing");

    browser.findElement(By.id("insurance:saveInsurance")).click();
    wait.until(
        page -> messageNextTo("insurance", "insurer").equals("Bitte die Krankenkasse wählen."));
    Browser.chooseFiltered(browser, wait, "insurance:insurer", "109900002");
    browser.findElement(By.id("insurance:insuranceNumber")).sendKeys(kvnr);
    browser.findElement(By.id("insurance:saveInsurance")).click();

    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("insurance:insuranceMessages"), "Versicherung gespeichert."));
    assertThat(browser.findElement(By.id("insurance:insuranceSet")).getText())
        .contains("Versicherung: Demo-Ersatzkasse (109900002) · KVNR " + kvnr);
    Browser.screenshot(browser, "chart-insured");
    assertThat(Http.get(base, "fhir/Patient/" + id).body()).contains(kvnr);
  }

  @Test
  void chart_shouldRecordTheMasterDataAfterRefusingAWrongPostcodeAndABirthDateInTheFuture() {
    String family = uniqueFamilyName();
    String id = NewPatients.insured(base, family);
    logInAsDoctor();
    browser.get(base.toExternalForm() + "chart.xhtml?patient=" + id);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("masterData:masterDataSet"), "Anschrift oder Versichertenart fehlen"));

    WebElement birthDate = browser.findElement(By.id("masterData:birthDate_input"));
    birthDate.sendKeys(
        Keys.chord(Keys.CONTROL, "a"),
        LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(1).format(DAY));
    browser.findElement(By.id("masterData:phone")).sendKeys("0221 987654");
    browser.findElement(By.id("masterData:street")).sendKeys("Hohe Straße");
    browser.findElement(By.id("masterData:houseNumber")).sendKeys("12");
    browser.findElement(By.id("masterData:zip")).sendKeys("5066");
    browser.findElement(By.id("masterData:city")).sendKeys("Köln");
    Browser.choose(browser, wait, "masterData:insuredStatus", "1", "1 Mitglied");
    browser.findElement(By.id("masterData:saveMasterData")).click();

    wait.until(
        page ->
            messageNextTo("masterData", "zip")
                .equals("Die Postleitzahl hat fünf Ziffern, z. B. 50667."));
    assertThat(messageNextTo("masterData", "birthDate"))
        .isEqualTo("Das Geburtsdatum darf nicht in der Zukunft liegen.");
    Browser.screenshot(browser, "chart-master-data-refused");
    assertThat(Http.get(base, "fhir/Patient/" + id).body())
        .contains("1958-04-03")
        .doesNotContain("Köln", "987654");

    birthDate = browser.findElement(By.id("masterData:birthDate_input"));
    birthDate.sendKeys(Keys.chord(Keys.CONTROL, "a"), "04.04.1958");
    WebElement zip = browser.findElement(By.id("masterData:zip"));
    zip.clear();
    zip.sendKeys("50667");
    browser.findElement(By.id("masterData:saveMasterData")).click();

    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("insurance:insuranceMessages"), "Stammdaten gespeichert."));
    assertThat(browser.findElement(By.id("masterData:masterDataSet")).getText())
        .contains("Stammdaten: Hohe Straße 12, 50667 Köln · Versichertenart: 1 Mitglied");
    assertThat(browser.findElement(By.id("chart")).getText())
        .contains("geboren am 04.04.1958", "Tel. 0221 987654", "· Hohe Straße 12, 50667 Köln");
    assertThat(browser.findElement(By.id("phone")).getAttribute("href")).startsWith("tel:0221");
    assertThat(Http.get(base, "fhir/Patient/" + id).body())
        .contains("1958-04-04", "Köln", "50667", "0221 987654");
    Browser.screenshot(browser, "chart-master-data");

    browser.findElement(By.linkText("English")).click();
    wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
    // the chart opened anew shows the complete master data folded
    browser.get(base.toExternalForm() + "chart.xhtml?patient=" + id);
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='masterData:masterDataSet'] legend")))
        .click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("masterData:saveMasterData")));
    wait.until(page -> (Boolean) browser.executeScript("return jQuery(':animated').length === 0"));
    assertThat(browser.findElement(By.id("masterData:masterDataSet")).getText())
        .contains(
            "Master data: Hohe Straße 12, 50667 Köln · Insured status: 1 member",
            "Postcode",
            "Insured status");
    Browser.screenshot(browser, "chart-master-data-en");
  }

  private static String mistyped(String kvnr) {
    return kvnr.substring(0, 9) + (kvnr.charAt(9) - '0' + 1) % 10;
  }

  @Test
  void patientPage_shouldNotListPatientsOfAnotherPractice() {
    String family = uniqueFamilyName();
    String body =
        """
        {"resourceType":"Patient","name":[{"family":"%s","given":["Nur"]}],
         "birthDate":"1955-05-05","gender":"male"}"""
            .formatted(family);
    assertThat(Http.postJson(base, "fhir/Patient", body).statusCode()).isEqualTo(201);

    logIn("dr.aydin", DemoData.PASSWORD);
    openPatients();
    browser.findElement(By.id("list:search")).sendKeys(family);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("list:patients_data"), "Keine Treffer."));
    assertThat(browser.findElement(By.id("list:patients_data")).getText()).doesNotContain(family);
  }

  @Test
  void logIn_shouldRefuseAWrongPasswordAndShowNoData() {
    logIn(Http.DOCTOR, "not-the-password");

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("failed")));
    assertThat(browser.findElements(By.id("list:patients_data"))).isEmpty();
  }

  @Test
  void logIn_shouldKeepInsurersAndAdministratorsOutOfTheRecordsUi() {
    logIn("kasse.demo", DemoData.PASSWORD);

    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Nicht erlaubt"));
    assertThat(browser.findElements(By.id("list:patients_data"))).isEmpty();
  }

  @Test
  void patientPage_shouldShowMarkupInANameAsText() {
    String family = "<script>window.hacked=1</script>" + uniqueFamilyName();
    String body =
        """
        {"resourceType":"Patient","name":[{"family":"%s","given":["X"]}],
         "birthDate":"1970-01-01","gender":"unknown"}"""
            .formatted(family.replace("\"", "\\\""));
    assertThat(Http.postJson(base, "fhir/Patient", body).statusCode()).isEqualTo(201);

    logInAsDoctor();
    openPatientsFilteredBy(family);

    assertThat(rows().get(0).getText()).contains("<script>window.hacked=1</script>");
    assertThat(browser.executeScript("return window.hacked === undefined")).isEqualTo(true);
  }

  private String messageNextTo(String field) {
    return messageNextTo("register", field);
  }

  private String messageNextTo(String form, String field) {
    return browser
        .findElement(
            By.xpath(
                "//*[@id='"
                    + form
                    + ":"
                    + field
                    + "']/following::*[contains(@class,'ui-message')][1]"))
        .getText()
        .strip();
  }
}
