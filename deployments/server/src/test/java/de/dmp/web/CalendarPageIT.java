package de.dmp.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.demo.boundary.DemoData;
import de.dmp.it.Browser;
import de.dmp.it.Deployments;
import java.net.URL;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.concurrent.ThreadLocalRandom;
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
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The practice calendar and the recall list in headless Chromium, as the staff use them: a
 * follow-up booked in the week shown, which the calendar stays on (a week ahead, or a past one, in
 * which no other test or earlier run booked, so that the screenshots show only this test's
 * bookings); done and missed disabled before the appointment; a booking moved in its dialog (to the
 * same time: unchanged) and by dragging it, its earlier times kept, a drop into the past refused
 * with what to do instead; cancelling asked first; a missed follow-up back to arrange and booked
 * again from its dialog; a time already past refused unless recorded afterwards; English days and
 * whole names in the month; and a follow-up booked straight from the recall list, its dialog
 * centred after a refusal.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CalendarPageIT {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm");
  private static final By WEEK_SHOWN = By.cssSelector("#calendar\\:schedule .fc-toolbar-title");
  private static final String NEXT = ".fc-next-button";
  private static final String PREVIOUS = ".fc-prev-button";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application(CalendarPageIT.class);
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
  void staff_shouldBookInTheWeekShownBeRefusedAMissedMarkAheadAndMoveTheBooking() {
    openCalendar();
    LocalDate monday = weekWithoutBookings(NEXT);
    String week = weekShown();
    LocalDateTime tuesday = monday.plusDays(1).atTime(10, randomMinute());
    String patient = firstToArrange();
    long before = rowsToArrangeFor(patient);

    browser.findElement(By.id("calendar:toArrange:0:book")).click();
    book(tuesday);
    waitForMessage("Termin gebucht: " + patient + ", " + SHOWN.format(tuesday) + ".");
    click(event(patient, tuesday));
    assertThat(weekShown()).as("the calendar stays on the week shown").isEqualTo(week);
    assertThat(rowsToArrangeFor(patient)).isEqualTo(before - 1);

    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("appointmentTime"), SHOWN.format(tuesday)));
    assertThat(browser.findElement(By.id("calendar:missed")).isEnabled())
        .as("not before the appointment begins")
        .isFalse();
    assertThat(browser.findElement(By.id("calendar:done")).isEnabled()).isFalse();
    assertThat(browser.findElement(By.id("outcome")).getAttribute("title"))
        .isEqualTo(
            "„Erledigt“ und „Nicht erschienen“ sind ab Beginn des Termins möglich ("
                + SHOWN.format(tuesday)
                + ").");

    wait.until(ExpectedConditions.elementToBeClickable(By.id("calendar:move"))).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("calendar:bookingDialog"), "Gebucht für " + SHOWN.format(tuesday)));
    book(tuesday);
    waitForMessage("Termin unverändert: " + patient + ", weiterhin " + SHOWN.format(tuesday) + ".");

    LocalDateTime wednesday = tuesday.plusDays(1).withHour(11);
    click(event(patient, tuesday));
    wait.until(ExpectedConditions.elementToBeClickable(By.id("calendar:move"))).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("calendar:bookingDialog"), "Gebucht für " + SHOWN.format(tuesday)));
    book(wednesday);
    waitForMessage("Termin verschoben: " + patient + ", jetzt " + SHOWN.format(wednesday) + ".");
    wait.until(ExpectedConditions.numberOfElementsToBe(event(patient, tuesday), 0));

    LocalDateTime noon = wednesday.plusHours(1);
    drop(patient, wednesday, 0, 60);
    waitForMessage("Termin verschoben: " + patient + ", jetzt " + SHOWN.format(noon) + ".");
    wait.until(ExpectedConditions.numberOfElementsToBe(event(patient, wednesday), 0));
    int toYesterday = -(int) ChronoUnit.DAYS.between(LocalDate.now(BERLIN), noon.toLocalDate()) - 1;
    browser.executeScript("PF('schedule').tip.text('Hover').show()");
    drop(patient, noon, toYesterday, 0);
    waitForMessage(
        "Diese Zeit ist schon vorbei. Einen Termin, der damals stattgefunden hat, bitte anklicken"
            + " und über „Verschieben“ als „Nachtrag“ eintragen.");
    wait.until(ExpectedConditions.numberOfElementsToBe(event(patient, noon), 1));
    assertThat(browser.findElements(By.cssSelector("body > .ui-tooltip")))
        .as("no hover tip left floating after the drag")
        .noneMatch(WebElement::isDisplayed);
    click(event(patient, noon));
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("calendar:detailsDialog"),
            "Zuvor gebucht für: " + SHOWN.format(tuesday) + "; " + SHOWN.format(wednesday)));
    assertThat(weekShown()).isEqualTo(week);
    Browser.screenshot(browser, "calendar-dialog");
    browser
        .findElement(By.cssSelector("#calendar\\:detailsDialog .ui-dialog-titlebar-close"))
        .click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("calendar:detailsDialog")));
    Browser.screenshot(browser, "calendar");

    click(event(patient, noon));
    wait.until(ExpectedConditions.elementToBeClickable(By.id("calendar:cancel"))).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".ui-confirm-dialog"),
            "Termin von " + patient + " am " + SHOWN.format(noon) + " absagen?"));
    Browser.screenshot(browser, "calendar-cancel");
    browser.findElement(By.id("calendar:confirmNo")).click();
    wait.until(
        ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".ui-confirm-dialog")));
    assertThat(browser.findElements(event(patient, noon))).as("kept until confirmed").hasSize(1);
    wait.until(ExpectedConditions.elementToBeClickable(By.id("calendar:cancel"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("calendar:confirmYes"))).click();
    waitForMessage("Termin abgesagt: " + patient + ".");
    wait.until(ExpectedConditions.numberOfElementsToBe(event(patient, noon), 0));
  }

  @Test
  void staff_shouldFindAMissedFollowUpToArrangeAgainAndBookItFromItsDialog() {
    openCalendar();
    LocalDateTime earlier = LocalDate.now(BERLIN).minusDays(1).atTime(11, randomMinute());
    String patient = firstToArrange();
    long before = rowsToArrangeFor(patient);
    browser.findElement(By.id("calendar:toArrange:0:book")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("calendar:at_input")));
    browser.findElement(By.cssSelector("#calendar\\:afterwards .ui-chkbox-box")).click();
    book(earlier);
    waitForMessage("Termin gebucht: " + patient + ", " + SHOWN.format(earlier) + ".");
    if (earlier.getDayOfWeek() == DayOfWeek.SUNDAY) {
      browser.findElement(By.cssSelector("#calendar\\:schedule .fc-prev-button")).click();
    }

    click(event(patient, earlier));
    wait.until(ExpectedConditions.elementToBeClickable(By.id("calendar:missed"))).click();
    waitForMessage(
        "Als nicht erschienen vermerkt: " + patient + ". Der Termin ist wieder zu vereinbaren.");
    wait.until(
        ExpectedConditions.textToBe(
            By.id("missedAgain"), "Nicht erschienen: Der Termin ist wieder zu vereinbaren."));
    assertThat(rowsToArrangeFor(patient)).as("back to arrange").isEqualTo(before);
    Browser.screenshot(browser, "calendar-missed");

    browser.findElement(By.id("calendar:rebook")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("bookingSubject"), patient));
    LocalDateTime tomorrow = LocalDate.now(BERLIN).plusDays(1).atTime(16, randomMinute());
    book(tomorrow);
    waitForMessage("Termin gebucht: " + patient + ", " + SHOWN.format(tomorrow) + ".");
    assertThat(rowsToArrangeFor(patient)).isEqualTo(before - 1);
  }

  @Test
  void staff_shouldBeRefusedAPastTimeUnlessRecordedAfterwardsThenMarkItDone_inEnglish() {
    openCalendar();
    browser.findElement(By.linkText("English")).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Calendar"));
    LocalDateTime lastTuesday =
        weekWithoutBookings(PREVIOUS).plusDays(1).atTime(10, randomMinute());
    String patient = firstToArrange();

    browser.findElement(By.id("calendar:toArrange:0:book")).click();
    WebElement at = wait.until(ExpectedConditions.elementToBeClickable(By.id("calendar:at_input")));
    assertThat(at.getAttribute("placeholder")).isEqualTo("DD.MM.YYYY hh:mm");
    book(lastTuesday);
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("calendar:bookingMessages"), "This time has already passed."));
    By typed = By.id("calendar:at_input");
    browser.findElement(typed).sendKeys(Keys.ESCAPE);
    assertThat(browser.findElement(By.id("calendar:bookingDialog")).isDisplayed())
        .as("Esc in the date field keeps the dialog and what was typed")
        .isTrue();
    assertThat(browser.findElement(typed).getAttribute("value"))
        .isEqualTo(TYPED.format(lastTuesday));
    Browser.screenshot(browser, "booking-dialog-en");

    browser.findElement(By.cssSelector("#calendar\\:afterwards .ui-chkbox-box")).click();
    browser.findElement(By.id("calendar:confirmBooking")).click();
    waitForMessage("Follow-up booked: " + patient + ", ");
    click(event(patient, lastTuesday));
    wait.until(ExpectedConditions.elementToBeClickable(By.id("calendar:done"))).click();
    waitForMessage("Marked done: " + patient + ".");
    wait.until(
        ExpectedConditions.attributeContains(
            event(patient, lastTuesday), "class", "dmp-appointment-DONE"));
    Browser.screenshot(browser, "calendar-en");
    assertThat(
            browser
                .findElements(By.cssSelector("#calendar\\:schedule .fc-col-header-cell"))
                .stream()
                .map(WebElement::getText))
        .as("English days as in 'Mon 7 Dec'")
        .allMatch(day -> day.matches("(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \\d{1,2} [A-Z][a-z]{2}"));

    browser.findElement(By.cssSelector("#calendar\\:schedule .fc-dayGridMonth-button")).click();
    By name =
        By.xpath(
            "//a[contains(@class,'fc-daygrid-event')]//*[contains(@class,'fc-event-title')]"
                + "[normalize-space() = '"
                + patient
                + "']");
    // The month draws its events anew once they are fetched: the name is read in one step.
    Object whole =
        wait.ignoring(StaleElementReferenceException.class)
            .until(
                driver ->
                    ((JavascriptExecutor) driver)
                        .executeScript(
                            "return arguments[0].scrollWidth <= arguments[0].clientWidth",
                            driver.findElement(name)));
    assertThat(whole).as("the month shows the whole name").isEqualTo(true);
    Browser.screenshot(browser, "calendar-month-en");
  }

  @Test
  void staff_shouldBookFromTheRecallListInOneDialog() {
    Browser.logIn(browser, wait, base, "mfa.weber", DemoData.PASSWORD);
    WebElement first =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#recall\\:entries_data tr:first-child td:first-child")));
    String patient = first.getText();
    long before = recallRowsFor(patient);
    assertThat(browser.findElements(By.cssSelector("#recall\\:entries_data a[href^='tel:']")))
        .as("phone numbers stay links")
        .isNotEmpty();

    browser.findElement(By.id("recall:entries:0:book")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("bookingSubject"), patient));
    assertThat(browser.findElement(By.id("recall:at_input")).getAttribute("placeholder"))
        .isEqualTo("TT.MM.JJJJ hh:mm");
    Browser.screenshot(browser, "recall-booking");
    assertThat(browser.findElement(By.id("recall:entries")).getText()).contains("Anlass");
    browser
        .findElement(By.id("recall:at_input"))
        .sendKeys(TYPED.format(LocalDate.now(BERLIN).minusDays(1).atTime(9, 0)));
    browser.findElement(By.id("recall:confirmBooking")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("recall:bookingMessages"), "Diese Zeit ist schon vorbei."));
    assertThat(
            ((Number)
                    browser.executeScript(
                        "const box = document.getElementById('recall:bookingDialog')"
                            + ".getBoundingClientRect();"
                            + "return Math.abs(box.left + box.width / 2 - window.innerWidth / 2);"))
                .doubleValue())
        .as("the dialog stays centred after the refusal")
        .isLessThan(40);
    Browser.screenshot(browser, "recall-booking-refused");
    LocalDateTime tomorrow = LocalDate.now(BERLIN).plusDays(1).atTime(9, randomMinute());
    browser
        .findElement(By.id("recall:at_input"))
        .sendKeys(Keys.chord(Keys.CONTROL, "a"), TYPED.format(tomorrow));
    browser.findElement(By.id("recall:confirmBooking")).click();

    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("recall:messages"),
            "Termin gebucht: " + patient + ", " + SHOWN.format(tomorrow)));
    assertThat(recallRowsFor(patient)).isEqualTo(before - 1);
  }

  private long recallRowsFor(String patient) {
    return browser.findElements(By.cssSelector("#recall\\:entries_data tr td:first-child")).stream()
        .filter(cell -> cell.getText().equals(patient))
        .count();
  }

  private void openCalendar() {
    Browser.logIn(browser, wait, base, "mfa.weber", DemoData.PASSWORD);
    wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-calendar"))).click();
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector("#calendar\\:toArrange_data tr:first-child td:first-child")));
  }

  private String firstToArrange() {
    return browser
        .findElement(By.cssSelector("#calendar\\:toArrange_data tr:first-child td:first-child"))
        .getText()
        .lines()
        .findFirst()
        .orElseThrow();
  }

  private long rowsToArrangeFor(String patient) {
    return browser.findElements(By.cssSelector("#calendar\\:toArrange_data tr")).stream()
        .filter(row -> row.getText().startsWith(patient + "\n"))
        .count();
  }

  /** Types the time into the open booking dialog and confirms it. */
  private void book(LocalDateTime time) {
    WebElement at = wait.until(ExpectedConditions.elementToBeClickable(By.id("calendar:at_input")));
    at.sendKeys(Keys.chord(Keys.CONTROL, "a"), TYPED.format(time));
    browser.findElement(By.id("calendar:confirmBooking")).click();
  }

  /**
   * Drops a booked follow-up by so many days and minutes, as FullCalendar reports a person's drag:
   * through the schedule's own drop handler (PrimeFaces' eventMove), with the event and how far it
   * moved. A mouse drag simulated in headless Chromium reached FullCalendar only now and then.
   */
  private void drop(String patient, LocalDateTime from, int days, int minutes) {
    browser.executeScript(
        "const schedule = PF('schedule');"
            + "const event = schedule.calendar.getEvents().find(e => e.title === arguments[0]"
            + " && schedule.calendar.formatIso(e.start).startsWith(arguments[1]));"
            + "schedule.cfg.options.eventDrop({event: event, delta: {years: 0, months: 0,"
            + " days: arguments[2], milliseconds: arguments[3] * 60000}});",
        patient,
        from.toString(),
        days,
        minutes);
  }

  /**
   * Goes week by week from the week shown, forwards or backwards, to the first week in which the
   * practice has no booking, so that what a test books and the screenshot of it are not mixed up
   * with what other tests and earlier runs booked; returns its Monday.
   */
  private LocalDate weekWithoutBookings(String button) {
    LocalDate monday =
        LocalDate.now(BERLIN).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    for (int weeks = 1; weeks <= 26; weeks++) {
      String shown = weekShown();
      browser.findElement(By.cssSelector("#calendar\\:schedule " + button)).click();
      wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(WEEK_SHOWN, shown)));
      monday = monday.plusWeeks(button.equals(NEXT) ? 1 : -1);
      if (wait.until(driver -> bookingsShown()) == 0) {
        return monday;
      }
    }
    throw new AssertionError("no week without bookings within half a year (" + button + ")");
  }

  /**
   * How many bookings the calendar shows in the period shown, once it has fetched them for that
   * period (FullCalendar's event source is no longer fetching); null while it fetches.
   */
  private Long bookingsShown() {
    return (Long)
        browser.executeScript(
            "const calendar = PF('schedule').calendar;"
                + "if (Object.values(calendar.getCurrentData().eventSources)"
                + "    .some(source => source.isFetching)) { return null; }"
                + "const view = calendar.view;"
                + "return calendar.getEvents()"
                + "    .filter(e => e.start < view.activeEnd && (e.end || e.start) >= view.activeStart)"
                + "    .length;");
  }

  private String weekShown() {
    return browser.findElement(WEEK_SHOWN).getText();
  }

  private void waitForMessage(String text) {
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(By.id("calendar:messages"), text));
  }

  private static By event(String patient, LocalDateTime at) {
    return By.xpath(
        "//a[contains(@class,'fc-event')][contains(normalize-space(), '"
            + patient
            + "')][contains(normalize-space(), '"
            + at.toLocalTime()
            + "')]");
  }

  /**
   * Opens the event's dialog, clicking again while it is not open: a click can meet the event just
   * as the schedule draws its events anew after an action, and then opens nothing.
   */
  private void click(By event) {
    By dialog = By.id("calendar:detailsDialog");
    wait.ignoring(StaleElementReferenceException.class)
        .ignoring(ElementClickInterceptedException.class)
        .until(
            driver -> {
              if (!driver.findElement(dialog).isDisplayed()) {
                driver.findElement(event).click();
              }
              return driver.findElement(dialog).isDisplayed();
            });
  }

  private static int randomMinute() {
    return 5 * ThreadLocalRandom.current().nextInt(12);
  }
}
