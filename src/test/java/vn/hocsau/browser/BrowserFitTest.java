package vn.hocsau.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import vn.hocsau.lab.LabFixtures;

/**
 * Every page fits a 360 x 740 phone and has the accessibility basics: no sideways scrolling,
 * labelled form controls, one main landmark plus a header and a footer, and a skip link that is the
 * first thing Tab reaches. Each page is also saved to {@code target/screenshots/} for review.
 */
@QuarkusTest
class BrowserFitTest {

  static final int PHONE_WIDTH = 360;
  static final int PHONE_HEIGHT = 740;
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static HeadlessChromium browser;

  @TestHTTPResource("/")
  URL site;

  @Inject LabFixtures fixtures;

  @BeforeAll
  static void launchBrowser() {
    browser = HeadlessChromium.start(PHONE_WIDTH, PHONE_HEIGHT, "vi-VN,vi");
  }

  @AfterAll
  static void quitBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"/, home", "/login, login", "/signup, signup", "/courses, courses"})
  void anonymousPageFitsPhone(String path, String name) {
    Visitor visitor = new Visitor(browser, site);
    visitor.forgetCookies();
    visitor.open(path);
    check(name);
  }

  @Test
  void profilePageFitsPhone() {
    Visitor visitor = new Visitor(browser, site);
    visitor.forgetCookies();
    visitor.open("/signup");
    // A long name with stacked diacritics: the header must still fit beside the language switch.
    visitor.signUp(
        "Tôn Nữ Hoàng Phượng Thảo Nguyễn",
        "fit-" + UUID.randomUUID() + "@example.org",
        "mat-khau-du-dai-2026");
    visitor.open("/profile");
    check("profile");
  }

  @Test
  void labPageWithItsCodeEditorFitsPhone() {
    fixtures.importAll();
    Visitor visitor = new Visitor(browser, site);
    visitor.forgetCookies();
    visitor.open("/signup");
    visitor.signUp(
        "Học viên Điện thoại", "fit-" + UUID.randomUUID() + "@example.org", "mat-khau-2026");
    visitor.open("/labs/nhap-mon-hoc-sau/phan-loai-diem");
    new LabVisitor(browser).editor();
    check("lab");
  }

  private void check(String name) {
    browser.screenshot(SCREENSHOTS.resolve(PHONE_WIDTH + "-" + name + ".png"));
    PageAudit audit = new PageAudit(browser.driver());
    long viewport = (Long) browser.driver().executeScript("return window.innerWidth");
    List<String> overflow = audit.horizontalOverflow();
    List<String> unlabelled = audit.unlabelledControls();
    List<String> landmarks = audit.landmarkProblems();
    assertAll(
        name,
        () -> assertEquals(PHONE_WIDTH, viewport, "viewport width"),
        () -> assertEquals(List.of(), overflow, "page scrolls sideways"),
        () -> assertEquals(List.of(), unlabelled, "controls without a label"),
        () -> assertEquals(List.of(), landmarks, "landmarks"),
        this::firstTabReachesSkipLink);
  }

  /** Tab from a fresh page lands on the skip link, which shows on screen and leads to main. */
  private void firstTabReachesSkipLink() {
    new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
    Object focused =
        browser
            .driver()
            .executeScript(
                "const a = document.activeElement; const r = a.getBoundingClientRect();"
                    + "return a.classList.contains('skip-link') && a.getAttribute('href') === '#main'"
                    + " && r.top >= 0 && r.left >= 0 && r.right <= window.innerWidth"
                    + " ? 'skip link' : a.outerHTML.slice(0, 120);");
    assertEquals("skip link", focused, "first Tab focuses a visible skip link");
    new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
    browser
        .waiting()
        .until(d -> browser.driver().executeScript("return document.activeElement.id === 'main'"));
    assertTrue(
        (Boolean)
            browser.driver().executeScript("return document.activeElement.tagName === 'MAIN'"),
        "skip link moves focus to main");
  }
}
