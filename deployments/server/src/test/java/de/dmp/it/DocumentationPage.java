package de.dmp.it;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The documentation form as the browser tests fill it in: fields found by their programme code,
 * every change waited for until its draft is kept.
 */
public final class DocumentationPage {

  /** Plausible measurements of the DM2 initial documentation's required quantities. */
  public static final Map<String, String> MEASURED =
      Map.of(
          "body-height", "1,72",
          "body-weight", "84",
          "bp-systolic", "132",
          "bp-diastolic", "82",
          "hba1c", "7,1");

  private final ChromeDriver browser;
  private final WebDriverWait wait;

  public DocumentationPage(ChromeDriver browser, WebDriverWait wait) {
    this.browser = browser;
    this.wait = wait;
  }

  public WebElement field(String code) {
    return browser.findElement(By.cssSelector("[data-code='" + code + "']"));
  }

  /** What the field's input holds. */
  public String value(String code) {
    return field(code).findElement(By.cssSelector("input")).getAttribute("value");
  }

  public void type(String code, String value) {
    WebElement input = field(code).findElement(By.cssSelector("input"));
    input.clear();
    input.sendKeys(value, Keys.TAB);
    waitForTheDraft();
  }

  public void choose(String code, String option) {
    field(code).findElement(By.xpath(".//label[normalize-space()='" + option + "']")).click();
    waitForTheDraft();
  }

  /** Writes the examination date over the one shown, as a doctor types it (TT.MM.JJJJ). */
  public void date(String day) {
    WebElement input = browser.findElement(By.id("form:examinedOn_input"));
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), day, Keys.TAB);
    waitForTheDraft();
  }

  public void waitForTheDraft() {
    wait.until(page -> (Boolean) browser.executeScript("return PrimeFaces.ajax.Queue.isEmpty()"));
  }

  public String errorNextTo(String code) {
    List<WebElement> errors = field(code).findElements(By.cssSelector(".dmp-field-error"));
    return errors.isEmpty() ? "" : errors.get(0).getText();
  }

  /**
   * Fills in what the form requires and is not answered yet: the measurements, a count of none, and
   * of each choice "Keine" or the last option.
   */
  public void answerWhatIsRequired() {
    MEASURED.forEach(this::type);
    for (WebElement each : browser.findElements(By.cssSelector("[data-code]"))) {
      String code = each.getAttribute("data-code");
      WebElement field = field(code);
      boolean answered =
          !field.findElements(By.cssSelector("input:checked")).isEmpty()
              || field.findElements(By.cssSelector("input[inputmode=decimal]")).stream()
                  .anyMatch(input -> !input.getAttribute("value").isBlank());
      if (MEASURED.containsKey(code) || answered || !field.getText().contains("*")) {
        continue;
      }
      List<String> options =
          field.findElements(By.cssSelector("label")).stream().map(WebElement::getText).toList();
      if (options.isEmpty()) {
        type(code, "0");
      } else {
        choose(code, options.contains("Keine") ? "Keine" : options.get(options.size() - 1));
      }
    }
  }
}
