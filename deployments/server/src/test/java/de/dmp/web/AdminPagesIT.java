package de.dmp.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import de.dmp.demo.boundary.DemoData;
import de.dmp.it.Browser;
import de.dmp.it.Deployments;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The administrators' pages in headless Chromium: accounts and programme definitions. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminPagesIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application(AdminPagesIT.class);
  }

  @ArquillianResource private URL base;

  private ChromeDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void logInAsAdministrator() {
    browser = Browser.start();
    wait = Browser.waitOn(browser);
    Browser.logIn(browser, wait, base, DemoData.ADMIN, DemoData.PASSWORD);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Konten"));
  }

  @AfterEach
  void closeBrowser() {
    Browser.quit(browser);
  }

  private void waitForMessage(String text) {
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("accounts:messages"), text));
  }

  @Test
  void anAdministrator_shouldRefuseWhatIsMissingThenCreateAndDisableAnAccount() {
    String username = "doc-" + UUID.randomUUID().toString().substring(0, 8);
    browser.findElement(By.id("accounts:username")).sendKeys(username);
    browser.findElement(By.id("accounts:password")).sendKeys("short");
    browser.findElement(By.id("accounts:create")).click();
    waitForMessage("Ein Passwort hat mindestens 12 Zeichen.");

    assertThat(browser.findElements(By.id("accounts:insurer"))).isEmpty();
    browser.findElement(By.id("accounts:password")).sendKeys("a-long-enough-password");
    browser.findElement(By.id("accounts:create")).click();
    waitForMessage("Bitte die Praxis wählen");

    browser.findElement(By.id("accounts:password")).sendKeys("a-long-enough-password");
    Browser.choose(browser, wait, "accounts:practice", "H", "Hausarztpraxis am Dom");
    assertBesideItsHint("accounts:practice");
    browser.findElement(By.id("accounts:create")).click();
    waitForMessage("Konto " + username + " angelegt.");
    Browser.screenshot(browser, "accounts");

    browser.findElement(By.cssSelector("#accounts\\:list th input")).sendKeys(username);
    wait.until(
        page ->
            browser.findElements(By.cssSelector("#accounts\\:list_data tr")).size() == 1
                && browser.findElement(By.id("accounts:list_data")).getText().contains(username));
    browser.findElement(By.cssSelector("#accounts\\:list_data button[id$='disable']")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("accounts:confirmYes"))).click();
    waitForMessage("Konto " + username + " deaktiviert");
    assertThat(browser.findElement(By.id("accounts:list_data")).getText()).contains("deaktiviert");
  }

  @Test
  void theAccountForm_shouldOfferThePracticeOrInsurerOnlyToTheRoleTiedToIt() {
    Browser.choose(browser, wait, "accounts:role", "A", "Administration");
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("accounts:practice")));
    assertThat(browser.findElements(By.id("accounts:insurer"))).isEmpty();

    Browser.choose(browser, wait, "accounts:role", "K", "Krankenkasse");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accounts:insurer")));
    assertThat(browser.findElements(By.id("accounts:practice"))).isEmpty();
    assertBesideItsHint("accounts:insurer");
    browser.findElement(By.id("accounts:username")).sendKeys("kasse-ohne-kasse");
    browser.findElement(By.id("accounts:password")).sendKeys("a-long-enough-password");
    browser.findElement(By.id("accounts:create")).click();
    waitForMessage("Bitte die Krankenkasse wählen");
    assertThat(browser.findElement(By.id("accounts:list_data")).getText())
        .doesNotContain("kasse-ohne-kasse");

    browser.findElement(By.linkText("English")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Accounts"));
    Browser.choose(browser, wait, "accounts:role", "I", "Insurer");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accounts:insurer")));
    assertBesideItsHint("accounts:insurer");
    Browser.screenshot(browser, "accounts-insurer-en");
    Browser.choose(browser, wait, "accounts:role", "P", "Practice staff");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accounts:practice")));
    assertThat(browser.findElements(By.id("accounts:insurer"))).isEmpty();
  }

  /** The menu ends before its hint begins: neither hides the other. */
  private void assertBesideItsHint(String menu) {
    WebElement field = browser.findElement(By.id(menu));
    WebElement hint = field.findElement(By.xpath("following-sibling::span[1]"));
    assertThat(hint.getText()).isNotBlank();
    assertThat(field.getRect().getX() + field.getRect().getWidth())
        .isLessThanOrEqualTo(hint.getRect().getX());
  }

  /** Nine digits no other test run has used, most likely. */
  private static String nineDigits() {
    return String.valueOf(100_000_000 + new Random().nextInt(900_000_000));
  }

  private void register(String form, String number, String name, String button) {
    WebElement field = browser.findElement(By.id(form));
    field.clear();
    field.sendKeys(number);
    WebElement nameField = browser.findElement(By.id(name));
    nameField.clear();
    nameField.sendKeys("Testregister " + number);
    browser.findElement(By.id(button)).click();
  }

  private void waitForRegistryMessage(String text) {
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("registry:messages"), text));
  }

  @Test
  void anAdministrator_shouldRegisterPracticesAndInsurersRefusingMalformedAndTakenNumbers() {
    browser.findElement(By.id("nav-practices")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("registry:bsnr")));
    String bsnr = nineDigits();
    browser.findElement(By.id("registry:region")).sendKeys("Nordrhein");
    register("registry:bsnr", "12345", "registry:practiceName", "registry:registerPractice");
    waitForRegistryMessage("Die BSNR hat 9 Ziffern.");

    register("registry:bsnr", bsnr, "registry:practiceName", "registry:registerPractice");
    waitForRegistryMessage("Testregister " + bsnr + " (" + bsnr + ") erfasst.");
    browser.findElement(By.cssSelector("#registry\\:practices th input")).sendKeys(bsnr);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("registry:practices_data"), "Testregister " + bsnr));
    browser.findElement(By.id("registry:region")).sendKeys("Nordrhein");
    register("registry:bsnr", bsnr, "registry:practiceName", "registry:registerPractice");
    waitForRegistryMessage("Eine Praxis mit der BSNR " + bsnr + " ist bereits erfasst");

    String ik = nineDigits();
    register("registry:ik", ik, "registry:insurerName", "registry:registerInsurer");
    waitForRegistryMessage("Testregister " + ik + " (" + ik + ") erfasst.");
    Browser.screenshot(browser, "practices");

    browser.findElement(By.id("nav-accounts")).click();
    String username = "kasse-" + ik;
    wait.until(ExpectedConditions.elementToBeClickable(By.id("accounts:username")))
        .sendKeys(username);
    browser.findElement(By.id("accounts:password")).sendKeys("a-long-enough-password");
    Browser.choose(browser, wait, "accounts:role", "K", "Krankenkasse");
    Browser.chooseFiltered(browser, wait, "accounts:insurer", ik);
    browser.findElement(By.id("accounts:create")).click();
    waitForMessage("Konto " + username + " angelegt.");
  }

  @Test
  void anAdministrator_shouldReadAndDownloadADefinitionVersion() throws Exception {
    byte[] shipped = shipped("programmes/DM2/2025-1.json");
    browser.findElement(By.id("nav-programmes")).click();
    WebElement row =
        wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.xpath("//tbody[@id='programmes:list_data']/tr[td='DM2' and td='2025-1']")));
    assertThat(download(row.findElement(By.cssSelector("a[id$=':download']")))).isEqualTo(shipped);

    row.findElement(By.cssSelector("a[id$=':view']")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "DM2 2025-1"));
    assertThat(browser.findElement(By.id("facts")).getText())
        .contains("E11", "Nicht kombinierbar mit", "DM1", "quartalsweise");
    assertThat(browser.findElement(By.id("parameters")).getText())
        .contains("HbA1c-Wert", "Messwert", "Einfachauswahl", "0,5–2,5 m");
    assertThat(browser.findElement(By.id("examinations")).getText()).contains("alle 12 Monate");
    assertThat(browser.findElement(By.id("exclusionRules")).getText())
        .contains("2 Dokumentationen in Folge fehlen");
    assertThat(browser.findElement(By.id("qualityTargets")).getText()).contains("HbA1c-Wert ≤ 8,5");
    assertThat(download(browser.findElement(By.id("download")))).isEqualTo(shipped);
    Browser.screenshot(browser, "programme-definition");

    browser.findElement(By.linkText("English")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("definition"), "Documentation fields"));
    assertThat(browser.findElement(By.tagName("h1")).getText())
        .startsWith("Diabetes mellitus type 2");
    assertThat(browser.findElement(By.id("facts")).getText())
        .contains("Body height")
        .doesNotContain("Körpergröße");
    assertThat(browser.findElement(By.id("parameters")).getText())
        .contains("Measured value", "0.5–2.5 m", "History and findings")
        .doesNotContain("Anamnese- und Befunddaten");
    assertThat(browser.findElement(By.id("crossChecks")).getText())
        .contains("The systolic blood pressure must be above the diastolic.");
    assertThat(browser.findElement(By.id("examinations")).getText())
        .contains("Complete foot inspection");
    assertThat(browser.findElement(By.id("qualityTargets")).getText())
        .contains("High share of patients with HbA1c ≤ 8.5 %");
    Browser.screenshot(browser, "programme-definition-en");
  }

  @Test
  void aRefusedDefinition_shouldNameEachProblemAtItsPathInTheUsersLanguageAndStoreNothing()
      throws IOException {
    String code = "IT" + nineDigits();
    Path file = Files.createTempFile("broken-", ".json");
    Files.writeString(
        file,
        """
        {"code":"%s","version":"1","title":"Test","validFrom":"2020-01-01","sources":[],
         "diagnoses":[{"code":"Z00","display":"d"}],"intervals":["QUARTERLY"],
         "parameters":[{"code":"a","label":"A","section":"S","type":"QUANTITY","unit":"kg"}]}
        """
            .formatted(code));
    browser.findElement(By.id("nav-programmes")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("programmes:list_data"), "DM2"));
    assertThat(browser.findElement(By.cssSelector(".dmp-muted")).getText())
        .doesNotContain("src/")
        .contains("heruntergeladene Version");

    load(file);
    waitForProgrammesMessage("sources: darf nicht leer sein");
    browser.executeScript("window.scrollTo(0, 0)");
    Browser.screenshot(browser, "programme-refused");

    browser.findElement(By.linkText("English")).click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Programme"));
    load(file);
    waitForProgrammesMessage("sources: must not be empty");
    browser.executeScript("window.scrollTo(0, 0)");
    Browser.screenshot(browser, "programme-refused-en");
    assertThat(browser.findElement(By.id("programmes:list_data")).getText()).doesNotContain(code);
    browser.navigate().refresh();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("programmes:list_data"), "DM2"));
    assertThat(browser.findElement(By.id("programmes:list_data")).getText()).doesNotContain(code);
  }

  @Test
  void aLoadedDefinition_shouldDownloadAsTheFileThatWasChosen() throws Exception {
    String code = "IT" + nineDigits();
    Path file = Files.createTempFile("valid-", ".json");
    Files.writeString(
        file,
        """
        {"code":"%s","version":"1","title":"Testprogramm","validFrom":"2999-01-01","sources":["s"],
         "diagnoses":[{"code":"Z00","display":"d"}],"intervals":["QUARTERLY"],
         "parameters":[{"code":"a","label":"A","section":"S","type":"QUANTITY","unit":"kg"}]}
        """
            .formatted(code));
    browser.findElement(By.id("nav-programmes")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("programmes:list_data"), "DM2"));
    load(file);
    waitForProgrammesMessage(code + " 1 geladen.");
    WebElement row =
        browser.findElement(By.xpath("//tbody[@id='programmes:list_data']/tr[td='" + code + "']"));
    assertThat(download(row.findElement(By.cssSelector("a[id$=':download']"))))
        .isEqualTo(Files.readAllBytes(file));
  }

  private void load(Path file) {
    browser.findElement(By.id("programmes:file_input")).sendKeys(file.toString());
    wait.until(
        ExpectedConditions.textToBePresentInElementValue(By.id("programmes:json"), "sources"));
    browser.findElement(By.id("programmes:add")).click();
  }

  private void waitForProgrammesMessage(String text) {
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("programmes:messages"), text));
  }

  /** The link's download, checked to be an attachment of JSON. */
  private byte[] download(WebElement link) throws IOException, InterruptedException {
    HttpResponse<byte[]> response = Browser.download(browser, link.getAttribute("href"));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(value -> assertThat(value).contains("attachment", ".json"));
    return response.body();
  }

  private static byte[] shipped(String resource) throws IOException {
    try (InputStream in = AdminPagesIT.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return in.readAllBytes();
    }
  }

  @Test
  void anAdministrator_shouldRefuseAPrivateKeyAndADeadUrlThenRegisterAndDisableASystemClient()
      throws JOSEException, IOException {
    RSAKey key = new RSAKeyGenerator(2048).keyID("kasse-2026").generate();
    String clientId = "it-" + UUID.randomUUID().toString().substring(0, 8);
    browser.findElement(By.id("nav-clients")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Fremdsysteme"));
    browser.findElement(By.id("clients:clientId")).sendKeys(clientId);
    Browser.chooseFiltered(browser, wait, "clients:account", "dr.weber");
    browser.findElement(By.id("clients:jwks")).sendKeys(new JWKSet(key).toString(false));
    browser.findElement(By.id("clients:register")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("clients:messages"), "Der Schlüssel kasse-2026 ist ein privater Schlüssel"));

    WebElement jwks = browser.findElement(By.id("clients:jwks"));
    jwks.clear();
    WebElement jwksUrl = browser.findElement(By.id("clients:jwksUrl"));
    jwksUrl.sendKeys("https://127.0.0.1:1/jwks.json");
    browser.findElement(By.id("clients:register")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("clients:messages"),
            "Das JWK Set konnte nicht innerhalb von 3 Sekunden von https://127.0.0.1:1/jwks.json"));

    browser.findElement(By.id("clients:jwksUrl")).clear();
    jwks = browser.findElement(By.id("clients:jwks"));
    jwks.sendKeys(new JWKSet(key.toPublicJWK()).toString());
    browser.findElement(By.id("clients:register")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("clients:messages"), "Fremdsystem " + clientId + " angelegt"));
    String byUrl = registerByUrl(key);
    assertThat(clientRow(byUrl).getText())
        .contains(
            "JWK Set von " + base.getProtocol(), "zuletzt abgerufen", "(Schlüssel: kasse-2026)")
        .contains("kein Passwort");
    screenshotOfTheList("system-clients");

    WebElement row = clientRow(clientId);
    assertThat(row.getText())
        .contains("dr.weber", "system/*.read", "aktiv")
        .contains("Hinterlegtes JWK Set (Schlüssel: kasse-2026); kein Passwort");
    row.findElement(By.cssSelector("button[id$=':disable']")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("clients:confirmYes"))).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("clients:messages"), "Fremdsystem " + clientId + " deaktiviert"));

    browser.findElement(By.linkText("English")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "System clients"));
    assertThat(clientRow(clientId).getText())
        .contains("Registered JWK Set (keys: kasse-2026); no password");
    assertThat(clientRow(byUrl).getText()).contains("JWK Set from ", "last fetched");
    screenshotOfTheList("system-clients-en");
  }

  /** The list is below the registration form: it is what these screenshots show. */
  private void screenshotOfTheList(String name) {
    browser.executeScript("document.getElementById('clients:list').scrollIntoView()");
    Browser.screenshot(browser, name);
  }

  private WebElement clientRow(String clientId) {
    return browser.findElement(
        By.xpath("//tbody[@id='clients:list_data']/tr[td='" + clientId + "']"));
  }

  /**
   * Registers a client by the URL of its JWK Set, which the server's welcome content publishes as
   * the client's web server would (test servers fetch over plain HTTP).
   */
  private String registerByUrl(RSAKey key) throws IOException {
    String clientId = "it-" + UUID.randomUUID().toString().substring(0, 8);
    Path published =
        Path.of(System.getProperty("jboss.home"), "welcome-content", "it-jwks-" + clientId);
    Files.writeString(published, new JWKSet(key.toPublicJWK()).toString());
    try {
      browser.findElement(By.id("clients:clientId")).sendKeys(clientId);
      browser
          .findElement(By.id("clients:jwksUrl"))
          .sendKeys(new URL(base, "/" + published.getFileName()).toString());
      browser.findElement(By.id("clients:register")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(
              By.id("clients:messages"), "Fremdsystem " + clientId + " angelegt"));
    } finally {
      Files.delete(published);
    }
    return clientId;
  }
}
