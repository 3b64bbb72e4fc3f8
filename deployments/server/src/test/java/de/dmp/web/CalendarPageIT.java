package de.dmp.web;

import static org.assertj.core.api.Assertions.assertThat;

import de.dmp.demo.boundary.DemoData;
import de.dmp.it.Browser;
import de.dmp.it.Deployments;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The practice calendar in headless Chromium: the staff book one of the demo practice's follow-ups
 * still to arrange for today, find it in the week, and mark it done, so that it leaves the list.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CalendarPageIT {

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

  private long rowsToArrangeFor(String patient) {
    return browser.findElements(By.cssSelector("#calendar\\:toArrange_data tr")).stream()
        .filter(row -> row.getText().startsWith(patient + "\n"))
        .count();
  }

  @Test
  void staff_shouldBookAFollowUpSeeItInTheWeekAndMarkItDone() {
    Browser.logIn(browser, wait, base, "mfa.weber", DemoData.PASSWORD);
    wait.until(ExpectedConditions.elementToBeClickable(By.id("nav-calendar"))).click();
    WebElement first =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#calendar\\:toArrange_data tr:first-child td:first-child")));
    String patient = first.getText().lines().findFirst().orElseThrow();
    long before = rowsToArrangeFor(patient);

    browser.findElement(By.id("calendar:toArrange:0:book")).click();
    String today =
        LocalDate.now(ZoneId.of("Europe/Berlin")).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    int minute = 5 * ThreadLocalRandom.current().nextInt(12);
    wait.until(ExpectedConditions.elementToBeClickable(By.id("calendar:at_input")))
        .sendKeys(today + " 10:" + String.format("%02d", minute));
    browser.findElement(By.id("calendar:confirmBooking")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("calendar:messages"), "Der Termin ist aktualisiert."));

    By booked =
        By.xpath(
            "//a[contains(@class,'fc-event')][contains(normalize-space(), '" + patient + "')]");
    wait.until(ExpectedConditions.elementToBeClickable(booked));
    assertThat(browser.findElement(booked).getText())
        .as("the calendar shows German time, wherever the browser is")
        .startsWith("10:" + String.format("%02d", minute));
    Browser.screenshot(browser, "calendar");
    browser.findElement(booked).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("calendar:done"))).click();
    wait.until(
        ExpectedConditions.attributeContains(
            By.xpath(
                "//a[contains(@class,'fc-event')][contains(normalize-space(), '" + patient + "')]"),
            "class",
            "dmp-appointment-DONE"));
    assertThat(rowsToArrangeFor(patient)).isEqualTo(before - 1);
  }
}
