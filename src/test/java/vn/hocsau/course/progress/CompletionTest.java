package vn.hocsau.course.progress;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.course.CourseFolder;
import vn.hocsau.course.SampleCourses;
import vn.hocsau.course.importer.CourseImporter;
import vn.hocsau.quiz.take.QuizService;
import vn.hocsau.support.Csrf;
import vn.hocsau.support.TestAccounts;
import vn.hocsau.system.i18n.Language;

/** The completion rule of course.yaml, applied on the course page. */
@QuarkusTest
class CompletionTest {

  @Inject SampleCourses samples;
  @Inject CourseImporter importer;
  @Inject TestAccounts accounts;
  @Inject QuizService quizzes;

  private Long learner;

  @BeforeEach
  void setUp() {
    samples.importAll();
    learner = accounts.create("learner").id;
  }

  @Test
  void allLessonsCompletesWhenEveryLessonIsDone() {
    post("/courses/co-ban/enrol");
    as().get("/courses/co-ban")
        .then()
        .body(containsString("Để hoàn thành khoá: học xong mọi bài."))
        .body(containsString("Hoàn thành 0%"))
        .body(not(containsString("id=\"course-completed\"")));
    post("/courses/co-ban/lessons/chao/done");
    post("/courses/co-ban/lessons/chi-viet/done");
    as().get("/courses/co-ban").then().body(containsString("Hoàn thành 66%"));
    post("/courses/co-ban/lessons/tiep-theo/done");
    as().get("/courses/co-ban")
        .then()
        .body(containsString("Hoàn thành 100%"))
        .body(containsString("Bạn đã hoàn thành khoá học này"));
  }

  @Test
  void lessonsAndQuizzesUsesTheCoursesMinimumScoreNotTheQuizPassMark(@TempDir Path dir) {
    CourseFolder.write(dir, "hoan-thanh", "{rule: lessons-and-quizzes, min_quiz_score: 60}", true);
    assertEquals(List.of(), importer.importFolder(dir).rejected());

    post("/courses/hoan-thanh/enrol");
    as().get("/courses/hoan-thanh")
        .then()
        .body(containsString("đạt ít nhất 60% ở mọi bài kiểm tra"))
        .body(containsString("Đã đạt 0/1 bài kiểm tra."));
    post("/courses/hoan-thanh/lessons/bai/done");
    as().get("/courses/hoan-thanh")
        .then()
        .body(containsString("Hoàn thành 50%"))
        .body(not(containsString("id=\"course-completed\"")));

    submit("k1", "a", "b", "b"); // 33 %: below 60
    as().get("/courses/hoan-thanh").then().body(not(containsString("id=\"course-completed\"")));

    submit("k2", "a", "a", "b"); // 67 %: fails the quiz's pass mark (90) but meets the course's 60
    as().get("/courses/hoan-thanh")
        .then()
        .body(containsString("Đã đạt 1/1 bài kiểm tra."))
        .body(containsString("Hoàn thành 100%"))
        .body(containsString("id=\"course-completed\""));
  }

  @Test
  void withoutAMinimumEachQuizsOwnPassMarkCounts(@TempDir Path dir) {
    CourseFolder.write(dir, "theo-diem-dat", "lessons-and-quizzes", true);
    importer.importFolder(dir);
    post("/courses/theo-diem-dat/lessons/bai/done");
    quizzes.submit("theo-diem-dat", "mot", learner, "k1", answers("a", "a", "b"), Language.VI);
    as().get("/courses/theo-diem-dat")
        .then()
        .body(containsString("học xong mọi bài và đạt mọi bài kiểm tra"))
        .body(not(containsString("id=\"course-completed\"")));
    quizzes.submit("theo-diem-dat", "mot", learner, "k2", answers("a", "a", "a"), Language.VI);
    as().get("/courses/theo-diem-dat").then().body(containsString("id=\"course-completed\""));
  }

  @Test
  void percentsRoundDownSoOnlyACompletedCourseShows100() {
    Completion almost = Completion.of(199, 200, false, 0, 0, -1);
    assertEquals(99, almost.percent());
    assertFalse(almost.completed());
    Completion none = Completion.of(0, 0, true, 0, 0, -1);
    assertFalse(none.completed());
    assertEquals(0, none.percent());
    Completion withQuizzes = Completion.of(2, 2, true, 1, 2, 60);
    assertEquals(75, withQuizzes.percent());
    assertTrue(Completion.of(2, 2, true, 2, 2, 60).completed());
    // A graded lab not yet passed keeps a course with every lesson and quiz done open.
    Completion labOpen = Completion.of(2, 2, true, 2, 2, 60, 0, 1);
    assertFalse(labOpen.completed());
    assertEquals(80, labOpen.percent());
    assertTrue(Completion.of(2, 2, true, 2, 2, 60, 1, 1).completed());
    // Under the all-lessons rule labs do not count.
    assertTrue(Completion.of(2, 2, false, 0, 2, -1, 0, 1).completed());
  }

  private void submit(String key, String... choices) {
    quizzes.submit("hoan-thanh", "mot", learner, key, answers(choices), Language.VI);
  }

  private static Map<String, List<String>> answers(String... choices) {
    return Map.of("q1", List.of(choices[0]), "q2", List.of(choices[1]), "q3", List.of(choices[2]));
  }

  private RequestSpecification as() {
    return given().redirects().follow(false).cookie(SessionCookie.NAME, accounts.login(learner));
  }

  private void post(String path) {
    Csrf.with(as()).post(path).then().statusCode(303);
  }
}
