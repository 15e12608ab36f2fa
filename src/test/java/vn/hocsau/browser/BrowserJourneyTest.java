package vn.hocsau.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hocsau.course.SampleCourses;

/**
 * A new learner's first visit, in a real headless Chromium against the running app: sign up, switch
 * the language to English and back, rename themself with Vietnamese diacritics, and log out. Then
 * the learning journey, once in each language: find a course by searching, enrol, read a lesson,
 * answer a quiz and see the result in the gradebook.
 */
@QuarkusTest
class BrowserJourneyTest {

  @TestHTTPResource("/")
  URL site;

  @Inject SampleCourses samples;

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

  @Test
  void learnerFindsACourseEnrolsReadsAnswersAQuizAndSeesTheGradebookInVietnamese() {
    samples.importAll();
    visitor.open("/");
    signUpFromHome();
    learningJourney("hoc sau", "Nơ-ron nhân tạo", "Lần làm 1:", "Nhập môn học sâu", "Bảng điểm");
  }

  @Test
  void learnerFindsACourseEnrolsReadsAnswersAQuizAndSeesTheGradebookInEnglish() {
    samples.importAll();
    visitor.open("/");
    visitor.switchLanguage("en");
    visitor.openSignUpFromHeader();
    visitor.signUp("New Learner", uniqueEmail(), "a-long-enough-password-2026");
    learningJourney(
        "deep learning",
        "Artificial neuron",
        "Attempt 1:",
        "Introduction to deep learning",
        "Gradebook");
  }

  /** Search, enrol, read, mark done, quiz, gradebook; in the page language. */
  private void learningJourney(
      String query, String lessonWords, String attemptWords, String courseTitle, String gradebook) {
    visitor.searchCatalog(query);
    visitor.openCourseLink("nhap-mon-hoc-sau");
    assertEquals(courseTitle, visitor.heading());
    visitor.enrol("nhap-mon-hoc-sau");
    visitor.startFirstLesson();
    assertTrue(visitor.heading().contains(lessonWords), visitor.heading());
    visitor.markLessonDone();
    visitor.openFirstQuiz("nhap-mon-hoc-sau");
    String result = visitor.answerQuizAndSubmit();
    assertTrue(result.startsWith(attemptWords), result);
    String book = visitor.gradebookFromHeader();
    assertTrue(book.contains(gradebook) && book.contains(courseTitle), book);
    assertTrue(book.matches("(?s).*\\d+%.*"), "a best score in the gradebook: " + book);
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
