package vn.hocsau.course.learn;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.course.CourseFolder;
import vn.hocsau.course.SampleCourses;
import vn.hocsau.course.importer.CourseImporter;
import vn.hocsau.support.Csrf;
import vn.hocsau.support.TestAccounts;

/**
 * The course loop: "mark done" and "next" go through a module's lessons, then its quiz, then the
 * next module; the quiz leads on too; and "continue" never sends a learner back to a lesson they
 * have finished, nor anywhere but the certificate once the course is complete.
 */
@QuarkusTest
class LearningLoopTest {

  @Inject SampleCourses samples;
  @Inject TestAccounts accounts;
  @Inject CourseImporter importer;

  private Long learner;

  @BeforeEach
  void setUp() {
    samples.importAll();
    learner = accounts.create("learner").id;
  }

  @Test
  void markDoneMovesOnToTheNextLessonThenTheModulesQuiz() {
    post("/courses/co-ban/enrol");
    assertEquals("/courses/co-ban/lessons/chi-viet", done("co-ban", "chao"));
    assertEquals("/courses/co-ban/modules/mo-dau/quiz", done("co-ban", "chi-viet"));
  }

  @Test
  void nextAfterAModulesLastLessonIsItsQuizAndAfterTheQuizTheNextModule() {
    Element next = nextLink(as().get("/courses/co-ban/lessons/chi-viet").asString());
    assertEquals("/courses/co-ban/modules/mo-dau/quiz", next.attr("href"));
    assertEquals("Tiếp theo: bài kiểm tra chương “Mở đầu” →", next.text());

    String result =
        Csrf.with(as())
            .formParam("submission", "k1")
            .formParam("mot", "a")
            .post("/courses/co-ban/modules/mo-dau/quiz")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertEquals("/courses/co-ban/lessons/tiep-theo", nextLink(result).attr("href"));
  }

  @Test
  void continueSkipsAFinishedLesson() {
    post("/courses/co-ban/enrol");
    as().get("/courses/co-ban/lessons/chao").then().statusCode(200);
    done("co-ban", "chao");
    String page = as().get("/courses/co-ban").asString();
    Element resume = Jsoup.parse(page).selectFirst("section.form-actions a.btn-primary");
    assertEquals("/courses/co-ban/lessons/chi-viet", resume.attr("href"), page);
  }

  @Test
  void afterTheLastStepTheCoursePageOffersTheCertificateNotTheLastLesson(@TempDir Path dir) {
    CourseFolder.write(dir, "vong-hoc", "lessons-and-quizzes", true);
    assertEquals(List.of(), importer.importFolder(dir).rejected());
    post("/courses/vong-hoc/enrol");
    as().get("/courses/vong-hoc/lessons/bai").then().statusCode(200);
    assertEquals("/courses/vong-hoc/modules/mot/quiz", done("vong-hoc", "bai"));
    String result =
        Csrf.with(as())
            .formParam("submission", "k1")
            .formParam("q1", "a")
            .formParam("q2", "a")
            .formParam("q3", "a")
            .post("/courses/vong-hoc/modules/mot/quiz")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertEquals(
        "/courses/vong-hoc",
        Jsoup.parse(result).selectFirst(".quiz-result nav a.btn-primary").attr("href"),
        result);

    String page = as().get("/courses/vong-hoc").asString();
    var primary = Jsoup.parse(page).select("section.form-actions a.btn-primary");
    assertEquals(List.of("/certificates"), primary.eachAttr("href"), page);
  }

  private static Element nextLink(String html) {
    Element next = Jsoup.parse(html).selectFirst("main a[rel=next]");
    assertEquals(true, next != null, html);
    return next;
  }

  /** Marks a lesson done and gives where the page sends the learner on. */
  private String done(String course, String lesson) {
    String location =
        Csrf.with(as())
            .post("/courses/" + course + "/lessons/" + lesson + "/done")
            .then()
            .statusCode(303)
            .extract()
            .header("Location");
    return java.net.URI.create(location).getPath();
  }

  private RequestSpecification as() {
    return given()
        .redirects()
        .follow(false)
        .cookie("hs_lang", "vi")
        .cookie(SessionCookie.NAME, accounts.login(learner));
  }

  private void post(String path) {
    Csrf.with(as()).post(path).then().statusCode(303);
  }
}
