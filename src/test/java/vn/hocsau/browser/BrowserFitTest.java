package vn.hocsau.browser;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import vn.hocsau.account.AppUser;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.job.JobFixtures;
import vn.hocsau.job.web.FinishedRuns;
import vn.hocsau.lab.LabFixtures;
import vn.hocsau.support.SmtpServerResource;
import vn.hocsau.support.TestAccounts;

/**
 * Every page fits a 360 x 740 phone (the training-job pages show their tables as cards) and has the
 * accessibility basics: no sideways scrolling, labelled form controls, one main landmark plus a
 * header and a footer, and a skip link that is the first thing Tab reaches. Each page is also saved
 * to {@code target/screenshots/} for review.
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
  @Inject JobFixtures jobFixtures;
  @Inject FinishedRuns runs;
  @Inject TestAccounts accounts;
  @Inject vn.hocsau.course.importer.CourseImporter importer;
  @Inject vn.hocsau.course.learn.CourseService courses;
  @Inject vn.hocsau.course.CourseInstructors instructors;

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
  @CsvSource({
    "/, home",
    "/login, login",
    "/signup, signup",
    "/courses, courses",
    "/password/forgot, forgot-password"
  })
  void anonymousPageFitsPhone(String path, String name) {
    Visitor visitor = new Visitor(browser, site);
    visitor.forgetCookies();
    visitor.open(path);
    check(name);
  }

  @Test
  void passwordResetPagesFitPhone() {
    AppUser user = accounts.create("learner");
    Visitor visitor = new Visitor(browser, site);
    visitor.forgetCookies();
    visitor.open("/password/forgot");
    browser.driver().findElement(By.id("email")).sendKeys(user.email);
    browser.driver().findElement(By.cssSelector("form[action='/password/forgot'] button")).click();
    browser.waiting().until(presenceOfElementLocated(By.id("reset-sent")));
    check("reset-sent");
    Matcher link =
        Pattern.compile("/password/reset\\?token=[A-Za-z0-9_-]+")
            .matcher(
                SmtpServerResource.part(
                    SmtpServerResource.awaitMails(user.email, 1).get(0), "text/plain"));
    assertTrue(link.find(), "a reset link in the mail");
    visitor.open(link.group());
    check("reset-password");
    visitor.open("/password/reset?token=not-a-real-token");
    check("reset-invalid");
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
  void grantApplicationFormFitsPhone() {
    Visitor visitor = new Visitor(browser, site);
    visitor.forgetCookies();
    visitor.open("/signup");
    visitor.signUp(
        "Lê Thị Hồng", "grant-" + UUID.randomUUID() + "@example.org", "mat-khau-du-dai-2026");
    visitor.open("/grants/new");
    check("grant-form");
    visitor.open("/grants");
    check("grants");
  }

  /**
   * Issue 14: the instructor dashboard's weekly enrolments are a chart, not a block: one week of
   * enrolments drew an SVG thousands of pixels tall (the global {@code svg { height: auto }} scaled
   * it by its viewBox), in black.
   */
  @Test
  void instructorDashboardChartIsAChartNotABlock(@TempDir Path dir) {
    String slug = "bieu-do-" + UUID.randomUUID().toString().substring(0, 8);
    vn.hocsau.course.CourseFolder.write(dir, slug, null, true);
    importer.importFolder(dir);
    courses.enrol(slug, accounts.create("learner").id);
    Long instructor = accounts.create("instructor").id;
    instructors.addUser(slug, instructor);
    Visitor visitor = new Visitor(browser, site);
    visitor.forgetCookies();
    visitor.useSession(SessionCookie.NAME, accounts.login(instructor));
    visitor.open("/instructor/courses/" + slug);
    Number height =
        (Number)
            browser
                .driver()
                .executeScript(
                    "return document.getElementById('weeks-chart').getBoundingClientRect().height");
    assertTrue(height.doubleValue() > 50 && height.doubleValue() <= 200, "chart height " + height);
    String fill =
        (String)
            browser
                .driver()
                .executeScript(
                    "return getComputedStyle(document.querySelector('#weeks-chart rect')).fill");
    assertNotEquals("rgb(0, 0, 0)", fill, "bars in the chart colour, not black");
    check("dashboard");
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

  @Test
  void jobHistoryFinishedJobAndComparisonFitPhoneAsCards() throws Exception {
    jobFixtures.clearJobs();
    Long owner = jobFixtures.learner();
    String config =
        "epochs: 6\nbatchSize: 32\noptimizer: {type: adam, lr: 0.001}\nlayers:\n"
            + "  - dense: {units: 64, activation: relu, weightInit: xavier}\n"
            + "  - dropout: {rate: 0.2}\n";
    double[] loss = {0.60, 0.35, 0.20, 0.10, 0.05, 0.02};
    double[] train = {0.70, 0.82, 0.90, 0.95, 0.98, 0.99};
    Long a =
        runs.run(owner, config, loss, train, new double[] {0.69, 0.78, 0.82, 0.81, 0.80, 0.79});
    Long b =
        runs.run(
            owner,
            config.replace("0.001", "0.0003").replace("units: 64", "units: 256"),
            loss,
            train,
            new double[] {0.69, 0.79, 0.84, 0.86, 0.87, 0.88});
    Long c = runs.run(owner, config.replace("rate: 0.2", "rate: 0.5"), loss, train, train);
    Visitor visitor = new Visitor(browser, site);
    visitor.forgetCookies();
    visitor.open("/");
    browser.driver().manage().addCookie(new Cookie(SessionCookie.NAME, accounts.login(owner)));
    visitor.open("/jobs");
    check("jobs");
    assertCards("#jobs");
    visitor.open("/jobs/" + a);
    check("job-finished");
    assertCards("#job-events");
    visitor.open("/jobs/compare?id=" + a + "&id=" + b + "&id=" + c);
    check("jobs-compare");
    assertCards("#runs");
    assertCards("#settings");
  }

  /**
   * The table shows as cards: its header row is hidden, every card fits the screen, and each value
   * shows beside its column name; no table scrolls sideways inside its box either.
   */
  private void assertCards(String table) {
    Object problems =
        browser
            .driver()
            .executeScript(
                "const t = document.querySelector(arguments[0]);"
                    + "if (!t) return ['no table ' + arguments[0]];"
                    + "const out = [];"
                    + "if (t.tHead && t.tHead.getBoundingClientRect().height > 1) out.push('header row shown');"
                    + "for (const r of t.tBodies[0].rows) {"
                    + "  const box = r.getBoundingClientRect();"
                    + "  if (box.left < 0 || box.right > window.innerWidth) out.push('card ends at ' + box.right);"
                    + "  for (const c of r.cells) {"
                    + "    const b = c.getBoundingClientRect();"
                    + "    if (c.textContent.trim() && (b.width === 0 || b.right > window.innerWidth + 0.5))"
                    + "      out.push('cell ' + c.textContent.trim().slice(0, 20) + ' not on screen');"
                    + "    if (c.dataset.label && getComputedStyle(c, '::before').content.indexOf(c.dataset.label) < 0)"
                    + "      out.push('no label ' + c.dataset.label);"
                    + "  }"
                    + "}"
                    + "for (const w of document.querySelectorAll('.table-wrap'))"
                    + "  if (w.scrollWidth > w.clientWidth + 1) out.push('scrolls sideways: ' + (w.querySelector('table') || w).id);"
                    + "return out;",
                table);
    assertEquals(List.of(), problems, table + " as cards");
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
