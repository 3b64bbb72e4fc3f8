package de.dmp.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.demo.boundary.DemoData;
import de.dmp.it.Browser;
import de.dmp.it.Deployments;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
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

/**
 * The practice assistant's quarterly delivery in headless Chromium: the send list, the archive of
 * one documentation downloaded and opened, the confirmation, and the list showing it sent.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SendListPageIT {

  /** The demo practice "Hausarztpraxis am Dom"'s assistant. */
  private static final String STAFF = "mfa.weber";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application(SendListPageIT.class);
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

  @Test
  void staff_shouldDownloadTheArchiveOfADocumentationAndConfirmItsDelivery() throws Exception {
    Browser.logIn(browser, wait, base, STAFF, DemoData.PASSWORD);
    wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-sendList"))).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.tagName("h1"), "Versandliste für die Datenstelle"));
    List<WebElement> rows = browser.findElements(By.cssSelector("#sendList\\:toSend_data tr"));
    assertThat(rows).isNotEmpty();
    assertThat(browser.findElement(By.id("sendList")).getText()).contains("Lieferfrist");
    Browser.screenshot(browser, "sendlist");

    WebElement first = rows.get(0);
    WebElement firstBox = first.findElement(By.cssSelector(".ui-chkbox-box"));
    assertThat(isChecked(firstBox)).as("all selected at first").isTrue();
    WebElement all = browser.findElement(By.cssSelector("#sendList\\:toSend_head .ui-chkbox-box"));
    for (int click = 0; click < 2 && isChecked(firstBox); click++) {
      all.click();
    }
    assertThat(isChecked(firstBox)).as("none selected").isFalse();
    String patient = first.findElement(By.tagName("a")).getText();
    firstBox.click();
    browser.findElement(By.id("sendList:build")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("sendList:messages"), "Das Archiv mit 1 Dokumentation ist bereit"));
    browser.executeScript("window.scrollTo(0, 0)");
    Browser.screenshot(browser, "sendlist-archive");

    Map<String, byte[]> delivery =
        unzip(download(browser.findElement(By.id("sendList:download")).getAttribute("href")));
    assertThat(delivery).hasSize(2);
    List<String> names = new ArrayList<>(delivery.keySet());
    assertThat(names.get(0)).matches("\\d{9}_\\d{14}_1_[A-Z0-9]+_\\d{3}\\.zip");
    assertThat(names.get(1)).isEqualTo(names.get(0).replace(".zip", ".idx"));
    List<String> files = new ArrayList<>(unzip(delivery.get(names.get(0))).keySet());
    assertThat(files.get(files.size() - 1))
        .matches("[A-Za-z_0-9]+/Dokumentation/\\d{9}_\\w+_\\d{8}\\.E[EV]\\w+");
    assertThat(new String(delivery.get(names.get(1)), "ISO-8859-15"))
        .contains("<bgl:name V=\"" + names.get(0) + ".XKM\"/>");

    browser.findElement(By.id("sendList:confirm")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("sendList:messages"),
            "1 Dokumentation ist als an die Datenstelle übermittelt vermerkt."));
    WebElement sent = browser.findElement(By.id("sendList:sent_data"));
    assertThat(sent.getText()).contains(patient, STAFF);
    assertThat(browser.findElements(By.id("sendList:download"))).isEmpty();
    browser.executeScript(
        "arguments[0].scrollIntoView()", browser.findElement(By.id("sendList:sent")));
    Browser.screenshot(browser, "sendlist-sent");

    browser.findElement(By.linkText("English")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.tagName("h1"), "Send list for the data office"));
    assertThat(browser.findElement(By.id("sendList")).getText())
        .contains("Delivery deadline", "Sent this quarter", "Confirmed by");
    browser.executeScript("window.scrollTo(0, 0)");
    Browser.screenshot(browser, "sendlist-en");
  }

  private static boolean isChecked(WebElement box) {
    return box.getAttribute("class").contains("ui-state-active");
  }

  /** The link's download in the browser's session, as the browser would save it. */
  private byte[] download(String href) throws IOException, InterruptedException {
    HttpResponse<byte[]> response = Browser.download(browser, href);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(value -> assertThat(value).contains("_Datenlieferung.zip"));
    return response.body();
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        entries.put(entry.getName(), in.readAllBytes());
      }
    }
    return entries;
  }
}
