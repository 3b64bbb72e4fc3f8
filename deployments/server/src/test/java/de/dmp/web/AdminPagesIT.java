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
import java.net.URL;
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

    browser.findElement(By.id("accounts:password")).sendKeys("a-long-enough-password");
    browser.findElement(By.id("accounts:create")).click();
    waitForMessage("Ärzte und Praxispersonal brauchen eine Praxis.");

    browser.findElement(By.id("accounts:password")).sendKeys("a-long-enough-password");
    Browser.choose(browser, wait, "accounts:practice", "H", "Hausarztpraxis am Dom");
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
  void anAdministrator_shouldSeeTheProgrammesAndHaveAnUnusableDefinitionFileRefused()
      throws IOException {
    browser.findElement(By.id("nav-programmes")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("programmes:list_data"), "DM2"));

    Path file = Files.createTempFile("dm2-", ".json");
    Files.writeString(file, "{\"code\":\"DM2\"}");
    browser.findElement(By.id("programmes:file_input")).sendKeys(file.toString());
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("programmes:messages"), file.getFileName() + " gelesen"));
    assertThat(browser.findElement(By.id("programmes:json")).getDomProperty("value"))
        .isEqualTo("{\"code\":\"DM2\"}");
    browser.findElement(By.id("programmes:add")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("programmes:messages"), "Nicht geladen"));
  }

  @Test
  void anAdministrator_shouldRefuseAPrivateKeyAndADeadUrlThenRegisterAndDisableASystemClient()
      throws JOSEException {
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
    Browser.screenshot(browser, "system-clients");

    WebElement row =
        browser.findElement(By.xpath("//tbody[@id='clients:list_data']/tr[td='" + clientId + "']"));
    assertThat(row.getText()).contains("dr.weber", "system/*.read", "aktiv");
    row.findElement(By.cssSelector("button[id$=':disable']")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("clients:confirmYes"))).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("clients:messages"), "Fremdsystem " + clientId + " deaktiviert"));

    browser.findElement(By.linkText("English")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "System clients"));
    Browser.screenshot(browser, "system-clients-en");
  }
}
