package de.dmp.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.demo.boundary.DemoData;
import de.dmp.it.Browser;
import de.dmp.it.Deployments;
import de.dmp.it.KbvSchemas;
import de.dmp.patient.entity.InsuranceNumber;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A doctor switching from other software in headless Chromium: an official KBV sample imported, a
 * broken file refused (German and English), and the imported documentation printed as a PDF.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportPageIT {

  private static final String DOCTOR = "dr.weber";
  private static final Charset LATIN9 = Charset.forName("ISO-8859-15");
  private static final String SAMPLE = "278012389_123456_20261012.EED2";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application(ImportPageIT.class);
  }

  @ArquillianResource private URL base;
  @TempDir Path uploads;

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
  void doctor_shouldImportASampleSeeABrokenFileRefusedAndPrintTheDocumentation() throws Exception {
    String kvnr =
        InsuranceNumber.withCheckDigit(
            'P', ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
    Path sample = uploads.resolve(SAMPLE);
    String xml =
        new String(
                Files.readAllBytes(KbvSchemas.kit().resolve("2026Q4/DM2/samples/" + SAMPLE)),
                LATIN9)
            .replaceAll("Versichertennummer V=\"[^\"]*\"", "Versichertennummer V=\"" + kvnr + "\"");
    Files.write(sample, xml.getBytes(LATIN9));
    Path broken = uploads.resolve("kaputt.EVD2");
    Files.write(broken, "<levelone".getBytes(StandardCharsets.UTF_8));

    Browser.logIn(browser, wait, base, DOCTOR, DemoData.PASSWORD);
    new WebDriverWait(browser, Duration.ofSeconds(90))
        .withMessage("the doctor's first page after the deployment, slow on a loaded machine")
        .until(ExpectedConditions.elementToBeClickable(By.id("nav-import")))
        .click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.tagName("h1"), "Import von eDMP-Dateien aus anderer Praxissoftware"));

    upload(sample);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("import:messages"), SAMPLE + " importiert: 1 Dokumentation gespeichert."));
    assertThat(browser.findElement(By.id("import:patientsCreated")).getText()).isEqualTo("1");
    assertThat(browser.findElement(By.id("import:enrolmentsCreated")).getText()).isEqualTo("1");
    assertThat(browser.findElement(By.id("import:documentations")).getText()).isEqualTo("1");
    Browser.screenshot(browser, "import-result");

    upload(broken);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("import:messages"),
            "kaputt.EVD2: Zeile 1, Spalte 10: kein wohlgeformtes XML, die Datei ist unvollständig"
                + " oder beschädigt. Es wurde nichts importiert."));
    assertThat(browser.findElement(By.id("import:messages")).getText())
        .contains("Es wurde nichts importiert.");
    assertThat(browser.findElements(By.id("import:result"))).isEmpty();
    Browser.screenshot(browser, "import-refused");

    browser.findElement(By.linkText("English")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.tagName("h1"), "Import of eDMP files from other software"));
    upload(broken);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("import:messages"), "kaputt.EVD2: line 1, column 10: not well-formed XML"));
    assertThat(browser.findElement(By.id("import:messages")).getText())
        .contains("Nothing was imported.");
    Browser.screenshot(browser, "import-refused-en");
    upload(sample);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("import:messages"), SAMPLE + " imported: 0 documentations stored."));
    assertThat(browser.findElement(By.id("import:skipped")).getText()).isEqualTo("1");
    assertThat(browser.findElement(By.id("import:result")).getText()).contains(SAMPLE);
    Browser.screenshot(browser, "import-result-en");

    byte[] pdf = printoutOf(kvnr);
    try (var document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document);
      assertThat(text)
          .contains("Erstdokumentation")
          .contains("Meier, Katarina")
          .contains("Versichertennummer " + kvnr)
          .contains("Hausarztpraxis am Dom")
          .contains("Datum 12.10.2026")
          .contains("HbA1c-Wert 12,3 %");
    }
  }

  private void upload(Path file) {
    browser.findElement(By.id("import:file_input")).sendKeys(file.toString());
    browser.findElement(By.id("import:start")).click();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import:messages")));
  }

  /** The imported patient's chart, the documentation's record page and its "Drucken (PDF)" link. */
  private byte[] printoutOf(String kvnr) throws IOException, InterruptedException {
    browser.findElement(By.id("nav-patients")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("list:search"))).sendKeys(kvnr);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("list:patients_data"), kvnr));
    browser.findElement(By.cssSelector("#list\\:patients_data a")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[id$=':open']"))).click();
    String href =
        wait.until(ExpectedConditions.elementToBeClickable(By.id("print"))).getAttribute("href");
    String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
    HttpResponse<byte[]> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", "JSESSIONID=" + session)
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
    return response.body();
  }
}
