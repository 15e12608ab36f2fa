package vn.hocsau.grant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hocsau.account.AppUser;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.course.CourseInstructors;
import vn.hocsau.course.CourseRepository;
import vn.hocsau.course.SampleCourses;
import vn.hocsau.support.Csrf;
import vn.hocsau.support.TestAccounts;
import vn.hocsau.support.TestClock;

/**
 * Grant applications end to end: applying, the review queue, the three decisions, the quota they
 * change, the audit trail, and who may see and decide what.
 */
@QuarkusTest
class GrantFlowTest {

  static final String COURSE = "nhap-mon-hoc-sau";
  static final String OTHER_COURSE = "co-ban";
  static final String LETTER =
      "Em đang học khoá Nhập môn học sâu và muốn huấn luyện mạng tích chập trên bộ dữ liệu"
          + " thời trang. Mỗi lần thử cần khoảng nửa giờ, nên hạn mức hằng tuần không đủ để em so"
          + " sánh các kiến trúc khác nhau. Em sẽ ghi lại kết quả trong báo cáo cuối khoá.";

  @Inject TestAccounts accounts;
  @Inject SampleCourses courses;
  @Inject CourseRepository courseRepository;
  @Inject CourseInstructors instructors;
  @Inject GrantApplicationRepository applications;
  @Inject ComputeMeter meter;
  @Inject TestClock clock;

  private AppUser learner;
  private String learnerSession;
  private AppUser teacher;
  private String teacherSession;
  private String otherTeacherSession;
  private String adminSession;
  private long courseId;

  @BeforeEach
  void setUp() {
    courses.importAll();
    learner = accounts.create("learner");
    learnerSession = accounts.login(learner.id);
    teacher = accounts.create("instructor");
    teacherSession = accounts.login(teacher.id);
    instructors.add(COURSE, teacher.email);
    AppUser other = accounts.create("instructor");
    instructors.add(OTHER_COURSE, other.email);
    otherTeacherSession = accounts.login(other.id);
    adminSession = accounts.login(accounts.create("admin").id);
    courseId =
        QuarkusTransaction.requiringNew().call(() -> courseRepository.findBySlug(COURSE).get().id);
    assertTrue(LETTER.length() >= 200, "the fixture letter is long enough");
  }

  @Test
  void approvingFewerHoursRaisesTheQuotaForTheGrantedWeeksOnly() {
    QuotaView before = quota();
    assertEquals(0, before.starterSeconds());
    long id = apply(COURSE, "5", "2");
    assertEquals(3600, quota().starterSeconds(), "an open application keeps a starter quota");
    apply(learnerSession, COURSE, LETTER, "3", "1").statusCode(409);

    String queue =
        as(teacherSession).get("/grants/review").then().statusCode(200).extract().asString();
    assertNotNull(
        Jsoup.parse(queue).getElementById("review-" + id), "the course's instructor sees it");
    decide(teacherSession, id, "approve", "hours", "6").statusCode(422); // more than asked
    decide(teacherSession, id, "approve", "hours", "2").statusCode(303);

    QuotaView after = quota();
    assertEquals(2 * 3600, after.grantedSeconds());
    assertEquals(0, after.starterSeconds());
    assertEquals(before.limitSeconds() + 2 * 3600, after.limitSeconds());
    // The grant covers this week and the next; the week after it, nothing is left of it.
    assertEquals(
        2 * 3600,
        meter.quota(learner.id, courseId, after.resetsAt().plusSeconds(60)).grantedSeconds());
    assertEquals(
        0,
        meter
            .quota(learner.id, courseId, after.resetsAt().plus(Duration.ofDays(7)).plusSeconds(60))
            .grantedSeconds());
    // A general quota (no course) does not get a course's grant.
    assertEquals(0, meter.quota(learner.id, null, clock.instant()).grantedSeconds());

    as(learnerSession)
        .get("/api/v1/grants/" + id)
        .then()
        .statusCode(200)
        .body("status", equalTo("APPROVED"))
        .body("hoursRequested", equalTo(5))
        .body("hoursGranted", equalTo(2));
    List<GrantApplicationRepository.AuditRow> audit = history(id);
    assertEquals(List.of("submitted", "approved"), audit.stream().map(a -> a.action()).toList());
    assertEquals(learner.id, audit.get(0).actorId());
    assertEquals(teacher.id, audit.get(1).actorId());
    assertEquals(2, audit.get(1).hours());
    assertNotNull(audit.get(1).at());
  }

  @Test
  void aRejectionNeedsAReasonWhichTheLearnerSees() {
    long id = apply(COURSE, "5", "1");
    decide(teacherSession, id, "reject", "reason", "  ")
        .statusCode(400)
        .body(containsString("Hãy ghi lý do từ chối"));
    decide(teacherSession, id, "reject", "reason", "Khoá này chưa có bài lab cần GPU.")
        .statusCode(303);
    String page =
        as(learnerSession).get("/grants/" + id).then().statusCode(200).extract().asString();
    assertEquals("Bị từ chối", Jsoup.parse(page).getElementById("grant-status").text());
    assertTrue(
        Jsoup.parse(page)
            .getElementById("grant-decision")
            .text()
            .contains("chưa có bài lab cần GPU"));
    assertEquals(0, quota().starterSeconds(), "a rejected application keeps no starter quota");
    List<GrantApplicationRepository.AuditRow> audit = history(id);
    assertEquals("rejected", audit.get(1).action());
    assertEquals("Khoá này chưa có bài lab cần GPU.", audit.get(1).detail());
    assertNull(audit.get(1).hours());
    decide(teacherSession, id, "approve", "hours", "1").statusCode(409);
  }

  @Test
  void askingForMoreLetsTheLearnerEditAndSendItAgain() {
    long id = apply(COURSE, "5", "1");
    as(learnerSession).get("/grants/" + id + "/edit").then().statusCode(303); // not yet editable
    decide(teacherSession, id, "ask", "question", "Em định thử những kiến trúc nào?")
        .statusCode(303);
    assertEquals(3600, quota().starterSeconds(), "still open while the learner answers");
    String form =
        as(learnerSession)
            .get("/grants/" + id + "/edit")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertEquals(LETTER, Jsoup.parse(form).getElementById("grant-letter").text());
    Csrf.with(as(learnerSession))
        .formParam("letter", LETTER + " Em sẽ thử ResNet nhỏ và một mạng ba lớp tích chập.")
        .formParam("hours", "4")
        .formParam("weeks", "1")
        .post("/grants/" + id)
        .then()
        .statusCode(303);
    as(learnerSession)
        .get("/api/v1/grants/" + id)
        .then()
        .body("status", equalTo("PENDING"))
        .body("hoursRequested", equalTo(4))
        .body("letter", containsString("ResNet"));
    assertEquals(
        List.of("submitted", "asked-info", "resubmitted"),
        history(id).stream().map(a -> a.action()).toList());
    assertEquals("Em định thử những kiến trúc nào?", history(id).get(1).detail());
  }

  @Test
  void aLearnerCannotReachAnotherLearnersApplication() {
    long id = apply(COURSE, "5", "1");
    String intruder = accounts.login(accounts.create("learner").id);
    as(intruder).get("/grants/" + id).then().statusCode(404);
    as(intruder).get("/grants/" + id + "/edit").then().statusCode(404);
    as(intruder).get("/api/v1/grants/" + id).then().statusCode(404);
    Csrf.with(as(intruder))
        .formParam("letter", LETTER)
        .formParam("hours", "9")
        .formParam("weeks", "8")
        .post("/grants/" + id)
        .then()
        .statusCode(404);
    as(intruder).get("/api/v1/grants").then().statusCode(200).body("size()", equalTo(0));
    // Not a reviewer either: learners never reach the queue or the decisions.
    as(intruder).get("/grants/review").then().statusCode(403);
    decide(intruder, id, "approve", "hours", "5").statusCode(403);
    as(learnerSession).get("/api/v1/grants/" + id).then().statusCode(200);
  }

  @Test
  void anInstructorOfAnotherCourseCannotDecideAndGeneralApplicationsAreForAdmins() {
    long id = apply(COURSE, "5", "1");
    String queue =
        as(otherTeacherSession).get("/grants/review").then().statusCode(200).extract().asString();
    assertNull(Jsoup.parse(queue).getElementById("review-" + id));
    decide(otherTeacherSession, id, "approve", "hours", "5").statusCode(403);
    decide(otherTeacherSession, id, "reject", "reason", "không").statusCode(403);
    decide(otherTeacherSession, 999_999_999L, "approve", "hours", "5").statusCode(403);
    assertEquals(List.of("submitted"), history(id).stream().map(a -> a.action()).toList());

    long general = apply("", "3", "1");
    decide(teacherSession, general, "approve", "hours", "3").statusCode(403);
    String adminQueue =
        as(adminSession).get("/grants/review").then().statusCode(200).extract().asString();
    assertNotNull(Jsoup.parse(adminQueue).getElementById("review-" + general));
    decide(adminSession, general, "approve", "hours", "3").statusCode(303);
    assertEquals(3 * 3600, meter.quota(learner.id, null, clock.instant()).grantedSeconds());
    assertEquals(3 * 3600, quota().grantedSeconds(), "a general grant counts in every course");
  }

  @Test
  void aTooShortLetterIsRefusedWithAClearMessage() {
    String page =
        apply(learnerSession, COURSE, "Cho em thêm giờ.", "5", "1")
            .statusCode(422)
            .extract()
            .asString();
    assertEquals(
        "Thư cần ít nhất 200 ký tự; thư của bạn mới có 16 ký tự. Hãy kể thêm bạn định làm gì với"
            + " số giờ GPU này.",
        Jsoup.parse(page).getElementById("grant-error").text());
    assertEquals(
        "Cho em thêm giờ.", Jsoup.parse(page).getElementById("grant-letter").text(), "kept");
    as(learnerSession)
        .header("Accept-Language", "en")
        .contentType(ContentType.JSON)
        .body(
            "{\"course\": \""
                + COURSE
                + "\", \"letter\": \"More hours please\", \"hours\": 5, \"weeks\": 1}")
        .post("/api/v1/grants")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:hocsau:grant:letter-too-short"))
        .body("detail", containsString("at least 200 characters; it has 17"));
    as(learnerSession).get("/api/v1/grants").then().body("size()", equalTo(0));
  }

  @Test
  void twoReviewersApprovingAtOnceGiveOneGrant() throws Exception {
    long id = apply(COURSE, "5", "1");
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (String reviewer : List.of(teacherSession, adminSession)) {
        Callable<Integer> approve =
            () -> {
              start.await();
              return decide(reviewer, id, "approve", "hours", "5").extract().statusCode();
            };
        results.add(pool.submit(approve));
      }
      start.countDown();
      List<Integer> statuses = new ArrayList<>();
      for (Future<Integer> f : results) {
        statuses.add(f.get(60, TimeUnit.SECONDS));
      }
      statuses.sort(null);
      assertEquals(List.of(303, 409), statuses);
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, history(id).stream().filter(a -> a.action().equals("approved")).count());
    assertEquals(5 * 3600, quota().grantedSeconds());
  }

  private QuotaView quota() {
    return meter.quota(learner.id, courseId, clock.instant());
  }

  private List<GrantApplicationRepository.AuditRow> history(long id) {
    return QuarkusTransaction.requiringNew().call(() -> applications.history(id));
  }

  /** Applies as the learner and returns the new application's id. */
  private long apply(String course, String hours, String weeks) {
    String location =
        apply(learnerSession, course, LETTER, hours, weeks)
            .statusCode(303)
            .extract()
            .header("Location");
    return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
  }

  private ValidatableResponse apply(
      String session, String course, String letter, String hours, String weeks) {
    return Csrf.with(as(session))
        .formParam("course", course)
        .formParam("letter", letter)
        .formParam("hours", hours)
        .formParam("weeks", weeks)
        .post("/grants")
        .then();
  }

  private ValidatableResponse decide(
      String session, long id, String decision, String field, String value) {
    return Csrf.with(as(session))
        .formParam(field, value)
        .post("/grants/review/" + id + "/" + decision)
        .then();
  }

  private RequestSpecification as(String session) {
    return given().cookie(SessionCookie.NAME, session).redirects().follow(false);
  }
}
