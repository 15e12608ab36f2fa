package vn.hocsau.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A new learner's first visit, in a real headless Chromium against the running app: sign up, switch
 * the language to English and back, rename themself with Vietnamese diacritics, and log out.
 */
@QuarkusTest
class BrowserJourneyTest {

  @TestHTTPResource("/")
  URL site;

  private HeadlessChromium browser;
  private Visitor visitor;

  @BeforeEach
  void launchBrowser() {
    browser = HeadlessChromium.start(1280, 900, "vi-VN,vi");
    visitor = new Visitor(browser, site);
  }

  @AfterEach
  void quitBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void newLearnerSignsUpSwitchesLanguageRenamesAndLogsOut() {
    visitor.open("/");
    assertEquals("vi", visitor.pageLanguage());
    assertEquals("Đăng nhập", visitor.headerLoginText());

    signUpFromHome();
    switchToEnglishAndBack();
    renameWithDiacritics();

    visitor.logOut();
    assertEquals("Đăng nhập", visitor.headerLoginText());
    assertEquals("vi", visitor.pageLanguage());
  }

  private void signUpFromHome() {
    visitor.openSignUpFromHeader();
    visitor.signUp("Học viên Mới", uniqueEmail(), "mat-khau-du-dai-2026");
    assertEquals("Học viên Mới", visitor.headerUserName());
  }

  private void switchToEnglishAndBack() {
    assertNavigationIn("Khoá học", "Courses");

    visitor.switchLanguage("en");
    assertEquals("en", visitor.pageLanguage());
    assertNavigationIn("Courses", "Khoá học");
    assertEquals("Học viên Mới", visitor.headerUserName());

    visitor.switchLanguage("vi");
    assertEquals("vi", visitor.pageLanguage());
    assertNavigationIn("Khoá học", "Courses");
  }

  private void renameWithDiacritics() {
    visitor.openProfileFromHeader();
    visitor.renameOnProfile("Nguyễn Thị Hoa");
    assertEquals("Đã lưu hồ sơ.", visitor.statusMessage());

    visitor.open("/profile");
    assertEquals("Nguyễn Thị Hoa", visitor.headerUserName());
  }

  /** The main navigation reads {@code expected} and none of the other language's {@code other}. */
  private void assertNavigationIn(String expected, String other) {
    String nav = visitor.navigationText();
    assertTrue(nav.contains(expected) && !nav.contains(other), "navigation reads: " + nav);
  }

  private static String uniqueEmail() {
    return "journey-" + UUID.randomUUID() + "@example.org";
  }
}
