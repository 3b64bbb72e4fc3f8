package de.dmp.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.demo.boundary.DemoData;
import de.dmp.it.Browser;
import de.dmp.it.Deployments;
import de.dmp.it.Http;
import de.dmp.it.NewPatients;
import java.net.URL;
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
 * A doctor's session ends while the documentation form is open (its cookie is gone, as after the
 * timeout): the next entry leads to the login page, which says why, and the login back to the same
 * form with the draft kept, never to raw XML.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionExpiryIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application(SessionExpiryIT.class);
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

  private WebElement input(String code) {
    return browser.findElement(By.cssSelector("[data-code='" + code + "'] input"));
  }

  @Test
  void anExpiredSession_shouldLeadThroughTheLoginBackToTheFormWithTheDraft() {
    String patientId = NewPatients.enrolledInDm2(base, NewPatients.firstInTheAlphabet());
    Browser.logIn(browser, wait, base, Http.DOCTOR, DemoData.PASSWORD);
    wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-patients")));
    browser.get(base.toExternalForm() + "chart.xhtml?patient=" + patientId);
    wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Dokumentieren"))).click();
    wait.until(
        ExpectedConditions.elementToBeClickable(By.cssSelector("[data-code='hba1c'] input")));
    String form = browser.getCurrentUrl();
    input("hba1c").sendKeys("7,1", Keys.TAB);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("form:draftState"), "Entwurf"));

    browser.manage().deleteAllCookies();
    input("body-weight").sendKeys("84", Keys.TAB);

    WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("expired")));
    assertThat(notice.getText()).contains("Sitzung").contains("selben Seite");
    assertThat(browser.getPageSource()).doesNotContain("partial-response");
    Browser.screenshot(browser, "session-expired");
    browser.findElement(By.id("j_username")).sendKeys(Http.DOCTOR);
    browser.findElement(By.id("j_password")).sendKeys(DemoData.PASSWORD);
    browser.findElement(By.id("submit")).click();

    // The login leads through the start page, which sends the browser on to the form.
    wait.until(ExpectedConditions.urlToBe(form));
    Browser.screenshot(browser, "session-expired-back");
    assertThat(browser.findElements(By.cssSelector("[data-code='hba1c'] input")))
        .as(browser.getPageSource())
        .isNotEmpty();
    assertThat(input("hba1c").getAttribute("value")).isEqualTo("7,1");
    assertThat(browser.findElement(By.id("form:draftState")).getText())
        .contains("früher gesicherte Entwurf");
  }
}
