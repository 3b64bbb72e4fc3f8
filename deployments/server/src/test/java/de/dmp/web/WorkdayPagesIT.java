package de.dmp.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.demo.boundary.DemoData;
import de.dmp.it.Browser;
import de.dmp.it.Deployments;
import de.dmp.it.Http;
import de.dmp.it.NewPatients;
import de.dmp.platform.time.Quarter;
import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Where the doctor's and the staff's day starts, the patient chart and the language switch, in
 * headless Chromium against the real server and database.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkdayPagesIT {

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application(WorkdayPagesIT.class);
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

  private void logIn(String user) {
    Browser.logIn(browser, wait, base, user, DemoData.PASSWORD);
  }

  private void waitForHeading(String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), text));
  }

  @Test
  void doctor_shouldEndAnEnrolmentFromTheChartWithAReason() {
    String family = NewPatients.firstInTheAlphabet();
    String patientId = NewPatients.enrolledInDm2(base, family);
    logIn(Http.DOCTOR);
    waitForHeading("Arbeitsliste");
    browser.get(base.toExternalForm() + "chart.xhtml?patient=" + patientId);
    waitForHeading("Akte " + family);

    unfold("cards:0:end:endSet");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("cards:0:end:endEnrolment"))).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("cards:0:end:endSet"), "Bitte den Grund der Ausschreibung wählen."));
    Browser.choose(browser, wait, "cards:0:end:reason", "U", "Umzug oder Arztwechsel");
    wait.until(
        ExpectedConditions.not(
            ExpectedConditions.textToBePresentInElementLocated(
                By.id("cards:0:end:endSet"), "Bitte den Grund der Ausschreibung wählen.")));
    browser.findElement(By.id("cards:0:end:note")).sendKeys("nach Hamburg");
    Browser.screenshot(browser, "chart-end-enrolment");
    browser.findElement(By.id("cards:0:end:endEnrolment")).click();

    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("chart"), "Die Einschreibung ist beendet."));
    assertThat(browser.findElement(By.id("chart")).getText()).contains("· beendet ·");
    assertThat(browser.findElements(By.id("cards:0:end:endSet"))).isEmpty();
    assertThat(Http.get(base, "fhir/EpisodeOfCare?patient=" + patientId).body())
        .contains("\"status\":\"finished\"");
  }

  /**
   * Opens a folded form of the chart and waits until it has slid open: a click during the slide hit
   * the moving button's old place (CI, MariaDB).
   */
  private void unfold(String fieldset) {
    wait.until(page -> "complete".equals(browser.executeScript("return document.readyState")));
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("[id='" + fieldset + "'] legend")))
        .click();
    wait.until(page -> (Boolean) browser.executeScript("return jQuery(':animated').length === 0"));
  }

  @Test
  void doctor_shouldPauseAnEnrolmentWithAReasonAndResumeIt() {
    logIn(Http.DOCTOR);
    waitForHeading("Arbeitsliste");
    String patientId = openAChartToPause();
    String pauseSet =
        browser.findElement(By.cssSelector("[id$='pause:pauseSet']")).getAttribute("id");
    String card = pauseSet.substring(0, pauseSet.indexOf(":pause:"));
    unfold(pauseSet);
    assertThat(browser.findElement(By.id(pauseSet)).getText())
        .contains("Das DMP kennt keine Pause", "die Dokumentationen bleiben fällig");
    wait.until(ExpectedConditions.elementToBeClickable(By.id(card + ":pause:pauseEnrolment")))
        .click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id(pauseSet), "Bitte den Grund der Pause angeben."));
    browser.findElement(By.id(card + ":pause:pauseReason")).sendKeys("Reha bis Ende Januar");
    Browser.screenshot(browser, "chart-pause");
    browser.findElement(By.id(card + ":pause:pauseEnrolment")).click();

    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("chart"), "Die Einschreibung ist pausiert."));
    String today = LocalDate.now(ZoneId.of("Europe/Berlin")).format(DAY);
    assertThat(browser.findElement(By.id(card + ":resume")).getText())
        .contains(
            "Pausiert seit " + today + ": Reha bis Ende Januar.",
            "Die Dokumentationsfristen laufen weiter.");
    assertThat(browser.findElement(By.id("chart")).getText()).contains("· pausiert ·");
    assertThat(browser.findElements(By.id(pauseSet))).isEmpty();
    assertThat(Http.get(base, "fhir/EpisodeOfCare?patient=Patient/" + patientId).body())
        .contains("\"status\":\"onhold\",\"statusHistory\"");
    browser.executeScript(
        "document.getElementById(arguments[0]).scrollIntoView()", card + ":enrolment");
    Browser.screenshot(browser, "chart-paused");

    browser.findElement(By.linkText("English")).click();
    wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
    assertThat(browser.findElement(By.id(card + ":resume")).getText())
        .contains("Paused since", "The documentation deadlines keep running.", "Resume");
    browser.executeScript(
        "document.getElementById(arguments[0]).scrollIntoView()", card + ":enrolment");
    Browser.screenshot(browser, "chart-paused-en");
    browser.findElement(By.id(card + ":resume:resumeEnrolment")).click();

    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("chart"), "The enrolment is resumed."));
    assertThat(browser.findElements(By.id(card + ":resume"))).isEmpty();
    assertThat(Http.get(base, "fhir/EpisodeOfCare?patient=Patient/" + patientId).body())
        .doesNotContain("\"status\":\"onhold\",\"statusHistory\"");
  }

  /**
   * Opens the chart of a demo patient with an active enrolment that no rule proposes to exclude or
   * warns about: a pause is a change of status, after which an exclusion backdated before it is
   * refused, and the exclusion tests need theirs.
   */
  private String openAChartToPause() {
    return NewPatients.activelyEnrolled(base)
        .filter(
            id -> {
              browser.get(base.toExternalForm() + "chart.xhtml?patient=" + id);
              String chart =
                  wait.until(ExpectedConditions.presenceOfElementLocated(By.id("chart"))).getText();
              return !chart.contains("Ausschluss")
                  && !browser.findElements(By.cssSelector("[id$='pause:pauseSet']")).isEmpty();
            })
        .findFirst()
        .orElseThrow(() -> new AssertionError("no active enrolment far from an exclusion"));
  }

  @Test
  void doctor_shouldEnrolAgainAfterTheEndUnderTheSameCaseNumber() {
    String family = NewPatients.firstInTheAlphabet();
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Berlin"));
    String patientId = NewPatients.enrolledInDm2Since(base, family, today.minusDays(7));
    logIn(Http.DOCTOR);
    waitForHeading("Arbeitsliste");
    browser.get(base.toExternalForm() + "chart.xhtml?patient=" + patientId);
    waitForHeading("Akte " + family);
    List<String> before = caseNumbers();
    assertThat(before).hasSize(1);

    unfold("cards:0:end:endSet");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("cards:0:end:endEnrolment"))).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("cards:0:end:endSet"), "Bitte den Grund der Ausschreibung wählen."));
    Browser.choose(browser, wait, "cards:0:end:reason", "A", "Auf eigenen Wunsch");
    browser
        .findElement(By.id("cards:0:end:effectiveOn_input"))
        .sendKeys(Keys.chord(Keys.CONTROL, "a"), today.minusDays(2).format(DAY));
    browser.findElement(By.id("cards:0:end:endEnrolment")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("chart"), "Die Einschreibung ist beendet."));

    browser.findElement(By.id("enrol")).click();
    Browser.choose(browser, wait, "enrol:programme", "DM2", "DM2");
    browser.findElement(By.id("enrol:diagnosis")).sendKeys("E11.9");
    browser.findElement(By.id("enrol:diagnosedOn_input")).sendKeys("01.03.2024");
    browser.findElement(By.id("enrol:enrolButton")).click();
    wait.until(ExpectedConditions.urlContains("documentation.xhtml"));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.tagName("h1"), "Erstdokumentation DM2"));

    browser.get(base.toExternalForm() + "chart.xhtml?patient=" + patientId);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("chart"), "Programm DM2 seit " + today.format(DAY)));
    assertThat(browser.findElement(By.id("chart")).getText()).contains("· beendet ·");
    assertThat(caseNumbers()).hasSize(2).containsOnly(before.get(0));
  }

  /** The DMP case numbers the chart's enrolments show, in their order. */
  private List<String> caseNumbers() {
    Matcher found =
        Pattern.compile("Fallnummer (\\d+)").matcher(browser.findElement(By.id("chart")).getText());
    List<String> numbers = new ArrayList<>();
    while (found.find()) {
      numbers.add(found.group(1));
    }
    return numbers;
  }

  /** The worklist filtered to what is close to exclusion, as the doctor opens it. */
  private void showWhatIsCloseToExclusion() {
    logIn(Http.DOCTOR);
    waitForHeading("Arbeitsliste");
    browser
        .findElement(
            By.xpath("//*[@id='worklist:category']//*[contains(., 'Kurz vor Ausschluss')]"))
        .click();
    // the list sorted by urgency shows proposed exclusions before the filter too: a row found
    // before the filter's answer would be replaced under the test's hands
    wait.until(page -> (Boolean) browser.executeScript("return PrimeFaces.ajax.Queue.isEmpty()"));
  }

  /** The first worklist row with a proposed exclusion. */
  private WebElement aProposedExclusion() {
    return wait.ignoring(StaleElementReferenceException.class)
        .until(
            page ->
                page.findElements(By.cssSelector("#worklist\\:entries_data tr")).stream()
                    .filter(row -> row.getText().contains("Ausschluss vorgeschlagen"))
                    .findFirst()
                    .orElse(null));
  }

  /** Opens the chart of the first patient with a proposed exclusion; returns the patient's name. */
  private String openTheChartOfAProposedExclusion() {
    showWhatIsCloseToExclusion();
    List<String> nameAndChart =
        wait.ignoring(StaleElementReferenceException.class)
            .until(
                page -> {
                  WebElement link = aProposedExclusion().findElement(By.tagName("a"));
                  return List.of(link.getText(), link.getAttribute("href"));
                });
    browser.get(nameAndChart.get(1));
    waitForHeading("Akte " + nameAndChart.get(0));
    return nameAndChart.get(0);
  }

  @Test
  void doctor_shouldConfirmAProposedExclusionFromTheChart() {
    openTheChartOfAProposedExclusion();

    WebElement confirm =
        wait.until(
            ExpectedConditions.elementToBeClickable(By.cssSelector("[id$='confirmExclusion']")));
    Browser.screenshot(browser, "chart-exclusion-proposed");
    confirm.click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("confirmForm:confirmYes"))).click();

    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("chart"), "Der Ausschluss aus dem Programm ist vermerkt."));
    assertThat(browser.findElement(By.id("chart")).getText()).contains("· ausgeschlossen ·");
  }

  @Test
  void doctor_shouldDismissAProposedExclusionFromTheChartWithAReason() {
    openTheChartOfAProposedExclusion();
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id$='dismissExclusion']")))
        .click();
    WebElement dismiss =
        wait.until(ExpectedConditions.elementToBeClickable(By.id("dismissForm:dismiss")));
    assertThat(browser.findElement(By.id("dismissForm")).getText()).contains("vorgeschlagen");

    dismiss.click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("dismissForm:dismissMessages"),
            "Bitte den Grund für den Verbleib im Programm angeben."));
    browser.findElement(By.id("dismissForm:reason")).sendKeys("Dokumentation verspätet gesendet");
    Browser.screenshot(browser, "chart-exclusion-dismiss");
    browser.findElement(By.id("dismissForm:dismiss")).click();

    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("chart"), "Der Ausschluss ist verworfen, die Einschreibung bleibt bestehen."));
    assertThat(browser.findElement(By.id("chart")).getText()).doesNotContain("· ausgeschlossen ·");
  }

  @Test
  void doctor_shouldConfirmAProposedExclusionFromTheWorklist() {
    showWhatIsCloseToExclusion();
    WebElement row = aProposedExclusion();
    String patient = row.findElement(By.tagName("a")).getText();
    Browser.screenshot(browser, "worklist-exclusion-actions");

    row.findElement(By.cssSelector("[id$='confirmExclusion']")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("confirmForm:confirmYes"))).click();

    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("worklist:messages"), "Der Ausschluss aus dem Programm ist vermerkt."));
    wait.ignoring(StaleElementReferenceException.class)
        .until(
            page ->
                page.findElements(By.cssSelector("#worklist\\:entries_data tr")).stream()
                    .noneMatch(
                        r ->
                            r.getText().contains(patient)
                                && r.getText().contains("Ausschluss vorgeschlagen")));
  }

  @Test
  void doctor_shouldBookTheFollowUpOfAWorklistRowAndFindItBookedThere() {
    logIn("dr.weber");
    By bookable =
        By.xpath(
            "//tbody[@id='worklist:entries_data']/tr[.//button[contains(@id,':book')]"
                + "[normalize-space(.)='Termin']]");
    WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(bookable));
    String rowId = row.findElement(By.cssSelector("button[id$=':book']")).getAttribute("id");
    String patient = row.findElement(By.tagName("a")).getText();
    Browser.screenshot(browser, "worklist-actions");

    String task = row.findElement(By.cssSelector(".dmp-col-task")).getAttribute("textContent");
    browser.findElement(By.id(rowId)).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("bookingSubject"), patient));
    Browser.screenshot(browser, "worklist-booking");
    Quarter current = Quarter.of(LocalDate.now(ZoneId.of("Europe/Berlin")));
    assertThat(quartersIn(browser.findElement(By.id("bookingSubject")).getText()))
        .as("a visit now documents the current quarter or a later one, never one that is over")
        .allMatch(quarter -> !current.isAfter(quarter));
    for (Quarter over : quartersIn(task).stream().filter(current::isAfter).toList()) {
      assertThat(browser.findElement(By.id("worklist:bookingNote")).getText())
          .contains("Das Quartal " + over + " ist vorbei: Ein Termin jetzt gilt der ");
    }
    LocalDateTime tomorrow =
        LocalDate.now(ZoneId.of("Europe/Berlin"))
            .plusDays(1)
            .atTime(11, 5 * ThreadLocalRandom.current().nextInt(12));
    String shown = DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm").format(tomorrow);
    browser
        .findElement(By.id("worklist:at_input"))
        .sendKeys(DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").format(tomorrow));
    browser.findElement(By.id("worklist:confirmBooking")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("worklist:messages"), "Termin gebucht: " + patient + ", " + shown));

    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("worklist:bookingDialog")));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(rowId), shown));
    assertThat(browser.findElement(By.id(rowId)).getAttribute("title"))
        .contains("Gebucht für " + shown);
    Browser.screenshot(browser, "worklist-booked");
    browser.findElement(By.id(rowId)).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("worklist:bookedAt"), "Gebucht für " + shown));
  }

  /** The quarters a text names, as "3/2026". */
  private static List<Quarter> quartersIn(String text) {
    return Pattern.compile("\\b([1-4])/(\\d{4})\\b")
        .matcher(text)
        .results()
        .map(
            m ->
                Quarter.of(
                    LocalDate.of(
                        Integer.parseInt(m.group(2)), 3 * Integer.parseInt(m.group(1)) - 2, 1)))
        .toList();
  }

  @Test
  void doctor_shouldStartWithTheWorklistFindTheNewEnrolmentAndOpenItsChart() {
    String family = NewPatients.firstInTheAlphabet();
    String patientId = NewPatients.enrolledInDm2(base, family);

    logIn(Http.DOCTOR);
    waitForHeading("Arbeitsliste");
    assertThat(browser.findElement(By.id("worklist:order_label")).getText())
        .as("the morning's order: exclusions to decide, then what is due soonest (RulesIT)")
        .isEqualTo("Dringlichkeit");
    Browser.screenshot(browser, "worklist");
    Browser.choose(browser, wait, "worklist:order", "N", "Name");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("worklist:entries_data"), family + ", Greta"));
    assertThat(browser.findElement(By.id("worklist:category")).getText())
        .containsPattern("Alle \\(\\d+\\)")
        .containsPattern("Überfällig \\(\\d+\\)");
    assertThat(browser.findElements(By.cssSelector("#worklist\\:entries_data tr")))
        .as("rows in view at 1440x900")
        .filteredOn(row -> row.getRect().getY() + row.getRect().getHeight() <= 900)
        .hasSizeGreaterThanOrEqualTo(15);

    browser.findElement(By.linkText(family + ", Greta")).click();
    waitForHeading("Akte " + family + ", Greta");
    String chart = browser.findElement(By.id("chart")).getText();
    assertThat(chart)
        .contains("Programm DM2", "E11.9", "03.04.1958")
        .containsPattern("\\(\\d\\d Jahre\\)");
    assertThat(chart).as("the case number the eDMP files carry").containsPattern("Fallnummer \\d+");
    assertThat(browser.getCurrentUrl()).contains("patient=" + patientId);
    Browser.screenshot(browser, "chart");
  }

  @Test
  void theLanguage_shouldSwitchToEnglishForTheRestOfTheSession() {
    logIn(Http.DOCTOR);
    waitForHeading("Arbeitsliste");

    browser.findElement(By.linkText("English")).click();
    waitForHeading("Worklist");
    browser.findElement(By.id("nav-patients")).click();
    waitForHeading("Patients");
    assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    browser.findElement(By.id("list:newPatient")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("register:birthDate_input")));
    assertThat(browser.findElement(By.id("register:birthDate_input")).getAttribute("placeholder"))
        .isEqualTo("DD.MM.YYYY");
  }

  @Test
  void staff_shouldStartWithTheRecallListAndHaveNoWorklist() {
    logIn("mfa.weber");

    waitForHeading("Recall-Liste");
    assertThat(browser.findElements(By.id("nav-worklist"))).isEmpty();
    Browser.screenshot(browser, "recall");
  }

  @Test
  void theChartOfAnotherPracticesPatient_shouldShowNothingOfThePatient() {
    String family = NewPatients.firstInTheAlphabet();
    String patientId = NewPatients.enrolledInDm2(base, family);

    logIn("dr.aydin");
    waitForHeading("Arbeitsliste");
    browser.get(base.toExternalForm() + "chart.xhtml?patient=" + patientId);

    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notFound")));
    assertThat(browser.getPageSource()).doesNotContain(family);
  }

  @Test
  void theQualityDashboard_shouldShowTheTargetsAndThePatientsBehindOne() {
    logIn(Http.DOCTOR);
    waitForHeading("Arbeitsliste");
    browser.findElement(By.id("nav-quality")).click();
    waitForHeading("Qualitätsziele");
    assertThat(browser.findElement(By.id("quality:targets_data")).getText()).contains("HbA1c");
    assertThat(browser.findElements(By.cssSelector("#quality\\:targets_data tr")))
        .as("the shown share agrees with the verdict, in German numbers")
        .isNotEmpty()
        .allSatisfy(WorkdayPagesIT::assertTheShareTellsTheVerdict);

    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("#quality\\:targets_data button[id$='patients']")))
        .click();
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#quality\\:members a")));
    assertThat(browser.findElements(By.cssSelector("#quality\\:members tbody tr"))).isNotEmpty();
    Browser.screenshot(browser, "quality");
  }

  /** A row's shown share, compared with the contract's, says what its "ja" or "nein" says. */
  private static void assertTheShareTellsTheVerdict(WebElement row) {
    List<WebElement> cells = row.findElements(By.tagName("td"));
    String verdict = cells.get(4).getText();
    if (verdict.equals("–")) {
      assertThat(cells.get(3).getText() + cells.get(2).getText())
          .as("a target without a verdict says why")
          .containsAnyOf("kein Zielwert", "niemand im Quartal eingeschrieben");
      return;
    }
    String shown = cells.get(2).findElement(By.cssSelector(".ui-progressbar-label")).getText();
    String contract = cells.get(3).getText();
    assertThat(shown + " " + contract).doesNotContainPattern("\\d\\.\\d");
    int comparison = germanPercent(shown).compareTo(germanPercent(contract));
    boolean reaches = contract.startsWith("≥") ? comparison >= 0 : comparison <= 0;
    assertThat(verdict).as(shown + " against " + contract).isEqualTo(reaches ? "ja" : "nein");
  }

  private static BigDecimal germanPercent(String text) {
    return new BigDecimal(text.replaceAll("[^0-9,]", "").replace(',', '.'));
  }

  @Test
  void theChart_shouldWriteTargetsAndAxesAsTheLanguageDoes() {
    logIn(Http.DOCTOR);
    waitForHeading("Arbeitsliste");
    openAChartWithATarget("Ziel ");
    assertThat(fromTheCharts("c.data.datasets.map(d => d.label)"))
        .anyMatch(label -> label.matches("Ziel \\d+(,\\d+)?"))
        .noneMatch(label -> label.matches("Ziel \\d+\\.\\d+"));
    assertThat(fromTheCharts("[c.options.locale]")).containsOnly("de-DE");
    assertThat(axisTicks()).isNotEmpty().noneMatch(tick -> tick.contains("."));
    showTheCharts();
    Browser.screenshot(browser, "chart-targets");

    browser.findElement(By.linkText("English")).click();
    wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
    openAChartWithATarget("Target ");
    assertThat(fromTheCharts("c.data.datasets.map(d => d.label)"))
        .anyMatch(label -> label.matches("Target \\d+(\\.\\d+)?"));
    assertThat(fromTheCharts("[c.options.locale]")).containsOnly("en-GB");
    assertThat(axisTicks()).isNotEmpty().noneMatch(tick -> tick.contains(","));
    showTheCharts();
    Browser.screenshot(browser, "chart-en");
  }

  /** The chart of the first demo patient behind a quality target whose therapy plan sets one. */
  private void openAChartWithATarget(String targetLabel) {
    browser.get(base.toExternalForm() + "quality.xhtml");
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("#quality\\:targets_data button[id$='patients']")))
        .click();
    List<String> charts =
        wait
            .until(
                ExpectedConditions.visibilityOfAllElementsLocatedBy(
                    By.cssSelector("#quality\\:members a")))
            .stream()
            .map(link -> link.getAttribute("href"))
            .toList();
    List<String> seen = new ArrayList<>();
    for (String chart : charts) {
      browser.get(chart);
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("chart")));
      seen.add(chart + " canvases " + browser.findElements(By.tagName("canvas")).size());
      if (!browser.findElements(By.tagName("canvas")).isEmpty()) {
        wait.until(page -> !axisTicks().isEmpty());
        List<String> labels = fromTheCharts("c.data.datasets.map(d => d.label)");
        seen.add(labels.toString());
        if (labels.stream().anyMatch(label -> label.startsWith(targetLabel))) {
          return;
        }
      }
    }
    throw new AssertionError("no chart with a target among " + seen);
  }

  private void showTheCharts() {
    browser.executeScript("document.querySelector('canvas').scrollIntoView();");
  }

  /** The y-axis ticks of every chart on the page, as Chart.js wrote them in the page's locale. */
  private List<String> axisTicks() {
    return fromTheCharts("c.scales.y.ticks.map(t => t.label)");
  }

  /** What the expression on each Chart.js chart {@code c} of the page gives, as text. */
  @SuppressWarnings("unchecked")
  private List<String> fromTheCharts(String expression) {
    return (List<String>)
        browser.executeScript(
            "return Object.values(Chart.instances).flatMap(c => " + expression + ").map(String);");
  }
}
