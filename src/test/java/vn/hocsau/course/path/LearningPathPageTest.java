package vn.hocsau.course.path;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.course.SampleCourses;
import vn.hocsau.support.Csrf;
import vn.hocsau.support.TestAccounts;

/** The learning path page, in both languages, for visitors and for a learner on the way. */
@QuarkusTest
class LearningPathPageTest {

  @Inject SampleCourses samples;
  @Inject TestAccounts accounts;

  @BeforeEach
  void setUp() {
    samples.importAll();
  }

  @Test
  void visitorsSeeTheStagesImportedCoursesAndComingSoon() {
    given()
        .get("/path")
        .then()
        .statusCode(200)
        .body(containsString("href=\"/path\" aria-current=\"page\""))
        .body(containsString("<h2>Nền tảng</h2>"))
        .body(containsString("<h2>Nâng cao</h2>"))
        .body(containsString("<h2>Dự án và thi đấu</h2>"))
        .body(containsString("<a href=\"/courses/nhap-mon-hoc-sau\">Nhập môn học sâu</a>"))
        .body(containsString("<span>Mạng tích chập (CNN)</span> <span class=\"badge\">Sắp ra mắt"))
        .body(not(containsString("href=\"/courses/mang-tich-chap\"")))
        .body(containsString("/login?next=/path"));
  }

  @Test
  void englishReadersGetEnglishTitles() {
    given()
        .cookie("hs_lang", "en")
        .get("/path")
        .then()
        .statusCode(200)
        .body(containsString("<h2>Foundations</h2>"))
        .body(containsString("<h2>Deep learning basics</h2>"))
        .body(containsString(">Introduction to deep learning</a>"))
        .body(containsString("Transformers and attention</span> <span class=\"badge\">Coming soon"))
        .body(not(containsString("Nền tảng")));
  }

  @Test
  void aLearnerSeesTheCourseSuggestedNextThenTheirProgress() {
    Long learner = accounts.create("learner").id;
    as(learner)
        .get("/path")
        .then()
        .body(containsString("Chưa bắt đầu"))
        .body(containsString("aria-current=\"step\""))
        .body(containsString("Nên học tiếp"));
    Csrf.with(as(learner)).post("/courses/nhap-mon-hoc-sau/lessons/no-ron/done");
    as(learner)
        .get("/path")
        .then()
        .body(containsString("Đang học ("))
        .body(containsString("Nên học tiếp"));
  }

  private RequestSpecification as(Long learner) {
    return given().redirects().follow(false).cookie(SessionCookie.NAME, accounts.login(learner));
  }
}
