package vn.hocsau.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import vn.hocsau.course.importer.CourseImporter;

/**
 * The four interactive lesson figures, built by {@code figures.js} in a real Chromium on a phone
 * screen under the site's CSP: each one appears, answers touch-sized controls, and breaks nothing
 * in the console.
 */
@QuarkusTest
class BrowserFigureTest {

  private static final Path FIXTURE = Path.of("src/test/resources/courses-fixtures/figures");
  private static final String LESSON = "/courses/hinh-tuong-tac/lessons/tat-ca-hinh";

  private static HeadlessChromium browser;

  @TestHTTPResource("/")
  URL site;

  @Inject CourseImporter importer;

  @BeforeAll
  static void launchBrowser() {
    browser = HeadlessChromium.start(360, 740, "vi-VN,vi");
  }

  @AfterAll
  static void quitBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void everyFigureIsBuiltAndRespondsWithVietnameseLabels() {
    importer.importFolder(FIXTURE);
    Visitor visitor = new Visitor(browser, site);
    visitor.open(LESSON);
    browser.waiting().until(d -> d.findElements(By.cssSelector(".hs-figure.is-live")).size() == 4);

    WebElement neuron = figure("neuron");
    assertTrue(neuron.getText().contains("Trọng số"), "labels come from the vi bundle");
    String before = readout(neuron);
    WebElement weight = neuron.findElements(By.cssSelector("input[type=range]")).get(2);
    weight.sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
    browser.waiting().until(d -> !readout(neuron).equals(before));
    assertTrue(readout(neuron).startsWith("z = 1,1·"), readout(neuron));

    WebElement descent = figure("gradient-descent");
    press(descent.findElements(By.cssSelector("button")).get(0));
    browser.waiting().until(d -> readout(descent).startsWith("Bước 1 "));

    WebElement convolution = figure("convolution");
    String first = readout(convolution);
    convolution.findElement(By.cssSelector("input[type=range]")).sendKeys(Keys.END);
    browser.waiting().until(d -> readout(convolution).startsWith("Vị trí (5, 5)"));
    assertNotEquals(first, readout(convolution));

    WebElement training = figure("training-2d");
    press(training.findElements(By.cssSelector("button")).get(0));
    browser
        .waiting()
        .until(d -> Integer.parseInt(readoutElement(training).getAttribute("data-epoch")) >= 50);

    assertEquals(
        List.of(),
        browser.driver().manage().logs().get(LogType.BROWSER).getAll().stream()
            .map(LogEntry::getMessage)
            .filter(message -> !message.contains("favicon.ico"))
            .toList(),
        "no script error and no CSP violation");
  }

  /** Presses {@code button} from the keyboard, as many visitors do (no pointer to aim). */
  private static void press(WebElement button) {
    button.sendKeys(Keys.ENTER);
  }

  private static WebElement figure(String name) {
    return browser.driver().findElement(By.cssSelector(".hs-figure[data-figure='" + name + "']"));
  }

  private static WebElement readoutElement(WebElement figure) {
    return figure.findElement(By.cssSelector(".hs-fig-readout"));
  }

  private static String readout(WebElement figure) {
    return readoutElement(figure).getText();
  }
}
