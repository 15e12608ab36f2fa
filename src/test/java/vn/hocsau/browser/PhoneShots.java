package vn.hocsau.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

/**
 * Screenshots of the pages a phone test checks, plus the check every such page must pass: exactly
 * the phone's width and nothing wider ({@code document.scrollWidth <= window.innerWidth}). The PNGs
 * go to {@code target/screenshots/issue-14/}, or to the folder named by {@code
 * -Dhocsau.screenshots=…} (for example {@code docs/screenshots/issue-14}) when they are recorded
 * for the docs; the default keeps an ordinary test run from rewriting tracked files.
 */
final class PhoneShots {

  /** The system property that names where the screenshots go. */
  static final String FOLDER_PROPERTY = "hocsau.screenshots";

  /**
   * The most of a page one screenshot keeps (two phone screens): enough to show what was checked,
   * small enough to keep each PNG at a few hundred KB.
   */
  static final int MAX_HEIGHT = 1688;

  /** One screen of a 390 x 844 phone. */
  static final int SCREEN_HEIGHT = 844;

  private final HeadlessChromium browser;
  private final int width;
  private final Path folder;

  PhoneShots(HeadlessChromium browser, int width) {
    this.browser = browser;
    this.width = width;
    this.folder =
        Path.of(
            System.getProperty(
                FOLDER_PROPERTY, Path.of("target", "screenshots", "issue-14").toString()));
  }

  /** Asserts the page fits the phone and saves its top as {@code name}.png. */
  void fitsAndShoot(String name) {
    // The window is taller than any phone (see BrowserLearnerLoopTest.HEIGHT), and main stretches
    // to fill it: keep the page down to the end of main's last content, not the empty space below.
    Number bottom =
        (Number)
            browser
                .driver()
                .executeScript(
                    "return Math.ceil(Math.max(0, ...[...document.querySelector('main').children]"
                        + ".map(e => e.getBoundingClientRect().bottom)) + window.scrollY + 16)");
    browser.screenshot(
        folder.resolve(name + ".png"), Math.min(MAX_HEIGHT, Math.max(1, bottom.intValue())));
    assertFits(name);
  }

  /**
   * Asserts the page fits the phone and saves one phone screen of it as {@code name}.png, starting
   * a little above the element {@code css} (what the check is about, further down a long page).
   */
  void fitsAndShootFrom(String name, String css) {
    Number top =
        (Number)
            browser
                .driver()
                .executeScript(
                    "return Math.max(0, document.querySelector(arguments[0])"
                        + ".getBoundingClientRect().top + window.scrollY - 16)",
                    css);
    browser.screenshot(folder.resolve(name + ".png"), top.doubleValue(), SCREEN_HEIGHT);
    assertFits(name);
  }

  /** The page is exactly the phone's width and nothing on it is wider. */
  private void assertFits(String name) {
    assertEquals((long) width, browser.driver().executeScript("return window.innerWidth"));
    List<String> overflow = new PageAudit(browser.driver()).horizontalOverflow();
    assertEquals(List.of(), overflow, name + ": nothing wider than the phone");
    // A table may not hide columns in a box that scrolls sideways either: on a phone it is cards.
    Object hidden =
        browser
            .driver()
            .executeScript(
                "return [...document.querySelectorAll('.table-wrap')]"
                    + ".filter(w => w.scrollWidth > w.clientWidth + 1)"
                    + ".map(w => (w.querySelector('table') || w).className);");
    assertEquals(List.of(), hidden, name + ": tables that scroll sideways");
  }
}
