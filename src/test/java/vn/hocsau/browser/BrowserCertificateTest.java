package vn.hocsau.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.hocsau.course.CourseFolder;
import vn.hocsau.course.importer.CourseImporter;

/**
 * On a phone, in a real headless Chromium: a learner finishes a small course whose completion rule
 * names its quiz, finds the certificate on the certificates page, and opens its verify page, which
 * says it is valid under their Vietnamese name. Both pages are saved to {@code target/screenshots/}
 * for review.
 */
@QuarkusTest
class BrowserCertificateTest {

  static final int WIDTH = 390;
  static final int HEIGHT = 844;
  static final String NAME = "Nguyễn Thị Ánh";

  @TestHTTPResource("/")
  URL site;

  @Inject CourseImporter importer;

  @TempDir Path dir;
  private HeadlessChromium browser;
  private Visitor visitor;
  private String slug;

  @BeforeEach
  void setUp() {
    slug = "bc-" + Long.toString(System.nanoTime(), 36);
    CourseFolder.write(
        dir, slug, "{rule: all-lessons, quizzes: [{module: mot, min_score: 60}]}", true);
    assertEquals(List.of(), importer.importFolder(dir).rejected());
    browser = HeadlessChromium.start(WIDTH, HEIGHT, "vi-VN,vi");
    visitor = new Visitor(browser, site);
  }

  @AfterEach
  void quitBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void learnerFinishesTheCourseAndVerifiesTheCertificateOnAPhone() {
    visitor.open("/signup");
    visitor.signUp(NAME, "cert-" + UUID.randomUUID() + "@example.org", "mat-khau-du-dai-2026");
    visitor.open("/courses/" + slug);
    visitor.enrol(slug);
    visitor.startFirstLesson();
    visitor.markLessonDone();
    visitor.openFirstQuiz(slug);
    String result = visitor.answerQuizAndSubmit(); // the first option, "Đúng", is right: 100 %
    assertTrue(result.startsWith("Lần làm 1:"), result);

    visitor.open("/certificates");
    WebElement card = browser.driver().findElement(By.cssSelector("main article.card"));
    assertTrue(card.getText().contains("Khoá " + slug), card.getText());
    assertTrue(card.getText().contains(NAME), card.getText());
    fits("certificates");

    card.findElement(By.cssSelector("a.btn-primary[href^='/verify/']")).click();
    browser.waiting().until(presenceOfElementLocated(By.id("certificate")));
    WebElement status = browser.driver().findElement(By.id("cert-status"));
    assertEquals("valid", status.getAttribute("data-state"));
    assertTrue(status.getText().startsWith("✓"), status.getText());
    assertEquals(NAME, browser.driver().findElement(By.id("cert-heading")).getText());
    fits("verify");
    // On a phone, a date broken at its hyphens reads badly, and a shell command wrapped inside
    // its box can no longer be told from the next one: each keeps its own lines.
    for (WebElement date : browser.driver().findElements(By.cssSelector("#certificate time"))) {
      assertEquals(1L, lines(date), "one line: " + date.getText());
    }
    WebElement commands = browser.driver().findElement(By.cssSelector("main pre code"));
    long written = commands.getAttribute("textContent").strip().split("\n").length;
    assertEquals(written, lines(commands), "each command on a line of its own");
  }

  /** How many lines of text {@code element} takes on screen. */
  private long lines(WebElement element) {
    return (Long)
        browser
            .driver()
            .executeScript(
                "const r = document.createRange(); r.selectNodeContents(arguments[0]);"
                    + "return new Set([...r.getClientRects()].filter(b => b.width > 0)"
                    + ".map(b => Math.round(b.bottom))).size;",
                element);
  }

  /** Saves the page, and checks that it fits the phone with nothing scrolling sideways. */
  private void fits(String name) {
    browser.screenshot(BrowserFitTest.SCREENSHOTS.resolve(WIDTH + "-" + name + ".png"));
    PageAudit audit = new PageAudit(browser.driver());
    long viewport = (Long) browser.driver().executeScript("return window.innerWidth");
    List<String> overflow = audit.horizontalOverflow();
    List<String> unlabelled = audit.unlabelledControls();
    assertAll(
        name,
        () -> assertEquals(WIDTH, viewport, "viewport width"),
        () -> assertEquals(List.of(), overflow, "page scrolls sideways"),
        () -> assertEquals(List.of(), unlabelled, "controls without a label"));
  }
}
