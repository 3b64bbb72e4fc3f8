package de.dmp.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium for the browser tests. Where Chromium is not installed, the tests are
 * skipped with a hint; under CI (CI=true) they fail instead, so CI never passes without them.
 */
public final class Browser {

  private static final String CHROMIUM = System.getProperty("dmp.chromium", "/usr/bin/chromium");
  private static final String CHROMEDRIVER =
      System.getProperty("dmp.chromedriver", "/usr/bin/chromedriver");

  private Browser() {}

  public static ChromeDriver start() {
    boolean installed = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
    if (!"true".equals(System.getenv("CI"))) {
      Assumptions.assumeTrue(
          installed,
          "Browser tests need Chromium: apt-get install chromium chromium-driver"
              + " (or -Ddmp.chromium=... -Ddmp.chromedriver=...)");
    }
    var options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
        "--window-size=1440,900",
        "--lang=en",
        "--user-data-dir=" + temporaryProfile());
    var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER));
    var driver = new ChromeDriver(service.build(), options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    showAt(driver, 1440, 900);
    return driver;
  }

  /**
   * How the tests wait for a page: up to 20 s, and a page replaced while the condition reads it (a
   * stale element, or "node does not belong to the document" during a redirect) is read again; a
   * condition that never holds still fails at the timeout.
   */
  public static WebDriverWait waitOn(ChromeDriver driver) {
    var wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    wait.ignoring(StaleElementReferenceException.class, WebDriverException.class);
    return wait;
  }

  /** Closes the browser, if it was started. */
  public static void quit(ChromeDriver driver) {
    if (driver != null) {
      driver.quit();
    }
  }

  /** Logs in through the login page, as a person would. */
  public static void logIn(
      ChromeDriver driver, WebDriverWait wait, URL base, String user, String password) {
    driver.get(base.toExternalForm());
    wait.until(ExpectedConditions.elementToBeClickable(By.id("j_username"))).sendKeys(user);
    driver.findElement(By.id("j_password")).sendKeys(password);
    driver.findElement(By.id("submit")).click();
  }

  /**
   * Picks an option of a PrimeFaces menu from the keyboard, as a busy doctor would: the typed
   * letters select the first option they begin, and the wait holds until the menu shows it.
   */
  public static void choose(
      ChromeDriver driver, WebDriverWait wait, String menu, String typed, String shown) {
    By label = By.id(menu + "_label");
    wait.until(ExpectedConditions.elementToBeClickable(label)).sendKeys(typed);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(label, shown));
  }

  /** Picks the option of a filterable PrimeFaces menu whose label contains the typed text. */
  public static void chooseFiltered(
      ChromeDriver driver, WebDriverWait wait, String menu, String typed) {
    wait.until(ExpectedConditions.elementToBeClickable(By.id(menu + "_label"))).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id(menu + "_filter"))).sendKeys(typed);
    String items = "#" + menu.replace(":", "\\:") + "_items";
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector(items + " li[data-label*='" + typed + "']")))
        .click();
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(menu + "_label"), typed));
  }

  /** A link's download in the browser's session, as the browser would save it. */
  public static HttpResponse<byte[]> download(ChromeDriver driver, String href)
      throws IOException, InterruptedException {
    String session = driver.manage().getCookieNamed("JSESSIONID").getValue();
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session)
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }

  /** Sizes the window so that the page itself is shown at that size, as a 1440x900 screen would. */
  private static void showAt(ChromeDriver driver, int width, int height) {
    driver.manage().window().setSize(new Dimension(width, height));
    long shownHeight = (Long) driver.executeScript("return window.innerHeight");
    long shownWidth = (Long) driver.executeScript("return window.innerWidth");
    driver
        .manage()
        .window()
        .setSize(new Dimension((int) (2L * width - shownWidth), (int) (2L * height - shownHeight)));
  }

  /** Saves what the browser shows, for people to look at (target/screenshots). */
  public static void screenshot(ChromeDriver driver, String name) {
    try {
      Path directory = Path.of(System.getProperty("dmp.screenshots", "target/screenshots"));
      Files.createDirectories(directory);
      Files.copy(
          driver.getScreenshotAs(OutputType.FILE).toPath(),
          directory.resolve(name + ".png"),
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path temporaryProfile() {
    try {
      return Files.createTempDirectory("dmp-chromium-profile");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
