package vn.hocsau.course.learn;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.course.SampleCourses;
import vn.hocsau.course.progress.Enrolment;
import vn.hocsau.course.progress.ProgressService;
import vn.hocsau.support.Csrf;
import vn.hocsau.support.TestAccounts;

@QuarkusTest
class CoursePageTest {

  @Inject SampleCourses samples;
  @Inject TestAccounts accounts;
  @Inject ProgressService progress;

  private Long learner;

  @BeforeEach
  void setUp() {
    samples.importAll();
    learner = accounts.create("learner").id;
  }

  @Test
  void anonymousVisitorsSeeTheSyllabusAndALoginLink() {
    given()
        .get("/courses/co-ban")
        .then()
        .statusCode(200)
        .body(containsString("<h1 class=\"page-title\">Cơ bản</h1>"))
        .body(containsString("Khoảng 10 phút"))
        .body(containsString("Mở đầu"))
        .body(containsString("href=\"/courses/co-ban/lessons/chao\""))
        .body(containsString("href=\"/courses/co-ban/lessons/tiep-theo\""))
        .body(containsString("/login?next=/courses/co-ban"))
        .body(not(containsString("action=\"/courses/co-ban/enrol\"")));
  }

  @Test
  void showsPrerequisitesWithTheLearnersStatus() {
    as().get("/courses/nang-cao")
        .then()
        .statusCode(200)
        .body(containsString("href=\"/courses/co-ban\""))
        .body(containsString("chưa học"));
    post("/courses/co-ban/enrol");
    as().get("/courses/nang-cao").then().body(containsString("đang học"));
  }

  @Test
  void unknownCourseIs404() {
    given().get("/courses/khong-co").then().statusCode(404);
  }

  @Test
  void enrolAndUnenrolKeepHistory() {
    as().get("/courses/co-ban").then().body(containsString("Ghi danh (miễn phí)"));
    post("/courses/co-ban/enrol");
    as().get("/courses/co-ban")
        .then()
        .body(containsString("Bạn đã ghi danh khoá này."))
        .body(containsString("Huỷ ghi danh"));
    post("/courses/co-ban/unenrol");
    as().get("/courses/co-ban").then().body(containsString("Ghi danh (miễn phí)"));
    post("/courses/co-ban/enrol");

    List<Enrolment> history = progress.history(learner, samples.courseId("co-ban"));
    assertEquals(2, history.size());
    assertNotNull(history.get(0).unenrolledAt);
    assertNull(history.get(1).unenrolledAt);
  }

  @Test
  void markingDoneShowsProgressAndResumeLeadsToTheLastLesson() {
    post("/courses/co-ban/enrol");
    post("/courses/co-ban/lessons/chao/done");
    as().get("/courses/co-ban/lessons/chi-viet").then().statusCode(200);

    as().get("/courses/co-ban")
        .then()
        .body(containsString("Đã xong 1/3 bài"))
        .body(containsString("(1/2)"))
        .body(containsString("Học tiếp từ chỗ bạn dừng"))
        .body(containsString("href=\"/courses/co-ban/lessons/chi-viet\">Học tiếp"));
    as().get("/courses/co-ban/lessons/chao")
        .then()
        .body(containsString("Bạn đã học xong bài này."))
        .body(containsString("Chương này: 1/2 bài"))
        .body(not(containsString("/courses/co-ban/lessons/chao/done")));
  }

  private RequestSpecification as() {
    return given().redirects().follow(false).cookie(SessionCookie.NAME, accounts.login(learner));
  }

  private void post(String path) {
    Csrf.with(as()).post(path).then().statusCode(303);
  }
}
