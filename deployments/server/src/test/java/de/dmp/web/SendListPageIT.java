package de.dmp.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.demo.boundary.DemoData;
import de.dmp.it.Browser;
import de.dmp.it.Deployments;
import de.dmp.platform.time.ClockProducer;
import de.dmp.platform.time.Quarter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
 * The practice's quarterly delivery in headless Chromium: the send list, the archive of one
 * documentation downloaded and opened, the confirmation, the list showing it sent, and (as the
 * doctor) its correction after sending bringing it back onto the list.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SendListPageIT {

  /** The demo practice "Hausarztpraxis am Dom"'s assistant. */
  private static final String STAFF = "mfa.weber";

  /** Its doctor. */
  private static final String DOCTOR = "dr.weber";

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
    openSendList();
    List<WebElement> rows = browser.findElements(By.cssSelector("#sendList\\:toSend_data tr"));
    assertThat(rows).isNotEmpty();
    assertThat(browser.findElement(By.id("sendList")).getText()).contains("Lieferfrist");

    String patient = buildAndConfirmTheArchiveOf(rows.get(0), "sendlist-archive");

    WebElement sent = browser.findElement(By.id("sendList:sent_data"));
    assertThat(sent.getText()).contains(patient, STAFF);
    assertThat(browser.findElements(By.id("sendList:download"))).isEmpty();
    browser.executeScript(
        "arguments[0].scrollIntoView()", browser.findElement(By.id("sendList:sent")));
    Browser.screenshot(browser, "sendlist-sent");
  }

  /**
   * The doctor's round of the quarter: the DM2 list, the archive of one documentation of this
   * quarter built, downloaded and confirmed, the documentation corrected after sending from its
   * record, and back on the list as corrected after sending, in German and English.
   */
  @Test
  void doctor_shouldSendADm2DocumentationCorrectItAfterSendingAndFindItOnTheListAgain()
      throws Exception {
    Browser.logIn(browser, wait, base, DOCTOR, DemoData.PASSWORD);
    openSendList();
    assertThat(browser.findElement(By.id("deadlines")).getText())
        .contains("Lieferfrist " + day(quarter().deliveryDeadline()))
        .contains("Korrekturfrist " + day(quarter().correctionDeadline()));
    Browser.screenshot(browser, "sendlist");

    browser.findElement(By.id("sendList:programme_label")).click();
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("#sendList\\:programme_items li[data-label='DM2']")))
        .click();
    wait.until(driver -> programmesShown().equals(Set.of("DM2")));
    lastPage();
    String thisQuarter = day(quarter().deliveryDeadline());
    WebElement ofThisQuarter =
        wait.until(
            driver ->
                driver.findElements(By.cssSelector("#sendList\\:toSend_data tr")).stream()
                    .filter(row -> row.getText().contains(thisQuarter))
                    .findFirst()
                    .orElse(null));
    String patient = buildAndConfirmTheArchiveOf(ofThisQuarter, "sendlist-archive-dm2");
    assertThat(programmesShown()).containsOnly("DM2");

    WebElement sentRow =
        browser.findElements(By.cssSelector("#sendList\\:sent_data tr")).stream()
            .filter(row -> row.getText().contains(patient))
            .findFirst()
            .orElseThrow();
    assertThat(sentRow.getText()).contains(DOCTOR, day(quarter().correctionDeadline()));
    sentRow.findElement(By.className("dmp-record-link")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("correction"),
            "kann bis zum " + day(quarter().correctionDeadline()) + " korrigiert werden"));
    Browser.screenshot(browser, "record-sent");
    browser.findElement(By.id("correct")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("form:save"))).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("form:messages"), "Die Korrektur ist geprüft"));

    openSendList();
    lastPage();
    WebElement corrected =
        wait.until(
            driver ->
                driver.findElements(By.cssSelector("#sendList\\:toSend_data tr")).stream()
                    .filter(row -> row.getText().contains(patient))
                    .filter(row -> row.getText().contains("Nach Versand korrigiert"))
                    .findFirst()
                    .orElse(null));
    assertThat(corrected.getText()).contains(day(quarter().correctionDeadline()));
    assertThat(browser.findElement(By.id("sendList:sent_data")).getText()).doesNotContain(patient);
    browser.executeScript("arguments[0].scrollIntoView()", corrected);
    Browser.screenshot(browser, "sendlist-corrected");

    browser.findElement(By.linkText("English")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.tagName("h1"), "Send list for the data office"));
    assertThat(browser.findElement(By.id("sendList")).getText())
        .contains(
            "Delivery deadline",
            "Correction deadline",
            "Corrected after sending",
            "Drafts (not ready to send)",
            "Sent this quarter",
            "Confirmed by");
    browser.executeScript("window.scrollTo(0, 0)");
    Browser.screenshot(browser, "sendlist-en");
  }

  /** The earliest deadline comes first: this quarter's documentations are on the last page. */
  private void lastPage() {
    browser.findElements(By.cssSelector("#sendList .ui-paginator-last")).stream()
        .findFirst()
        .ifPresent(WebElement::click);
  }

  private void openSendList() {
    wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-sendList"))).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.tagName("h1"), "Versandliste für die Datenstelle"));
  }

  /**
   * Builds the archive of that row alone (all others unticked), checks the download and confirms
   * the delivery; the patient of the row.
   */
  private String buildAndConfirmTheArchiveOf(WebElement row, String screenshot) throws Exception {
    WebElement box = row.findElement(By.cssSelector(".ui-chkbox-box"));
    assertThat(isChecked(box)).as("all selected at first").isTrue();
    WebElement all = browser.findElement(By.cssSelector("#sendList\\:toSend_head .ui-chkbox-box"));
    for (int click = 0; click < 2 && isChecked(box); click++) {
      all.click();
    }
    assertThat(isChecked(box)).as("none selected").isFalse();
    String patient = row.findElement(By.tagName("a")).getText();
    box.click();
    browser.findElement(By.id("sendList:build")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("sendList:messages"), "Das Archiv mit 1 Dokumentation ist bereit"));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("building")));
    browser.executeScript("window.scrollTo(0, 0)");
    Browser.screenshot(browser, screenshot);

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
    return patient;
  }

  /** The programmes of the rows to send. */
  private Set<String> programmesShown() {
    return browser
        .findElements(By.cssSelector("#sendList\\:toSend_data tr td:nth-child(3)"))
        .stream()
        .map(WebElement::getText)
        .collect(Collectors.toSet());
  }

  private static Quarter quarter() {
    return Quarter.of(LocalDate.now(ClockProducer.BERLIN));
  }

  private static String day(LocalDate day) {
    return DateTimeFormatter.ofPattern("dd.MM.yyyy").format(day);
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
