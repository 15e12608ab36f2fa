package vn.hocsau.grant;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.course.CourseRepository;
import vn.hocsau.job.ComputeCharged;
import vn.hocsau.job.ErrorClass;
import vn.hocsau.job.JobEnded;
import vn.hocsau.job.JobQueue;
import vn.hocsau.job.JobState;
import vn.hocsau.job.runner.RunnerTokenService;
import vn.hocsau.lab.LabFixtures;
import vn.hocsau.submission.LabJobFaulted;
import vn.hocsau.support.Csrf;
import vn.hocsau.support.TestAccounts;
import vn.hocsau.support.TestClock;

/**
 * The weekly compute quota through the real paths: a training submission on the lab page, a runner
 * over the runner API, and the course quota page. The lab phan-loai-diem has a 120 s wall-time
 * limit on a CPU slot: at the default CPU rate (0.1) a job holds 12 GPU seconds while it runs.
 */
@QuarkusTest
class ComputeQuotaTest {

  static final String COURSE = "nhap-mon-hoc-sau";
  static final String LAB = "/labs/" + COURSE + "/phan-loai-diem";
  static final String RUNNER = "/api/runner/v1";
  static final String QUOTA_PAGE = "/instructor/courses/" + COURSE + "/compute-quota";

  @Inject LabFixtures fixtures;
  @Inject TestAccounts accounts;
  @Inject RunnerTokenService tokens;
  @Inject ComputeMeter meter;
  @Inject CourseRepository courses;
  @Inject JobQueue queue;
  @Inject TestClock clock;
  @Inject EntityManager em;
  @Inject Event<ComputeCharged> charged;
  @Inject Event<JobEnded> ended;
  @Inject Event<LabJobFaulted> faulted;

  private long learnerId;
  private String learner;
  private String admin;
  private String token;
  private long courseId;

  @BeforeEach
  void setUp() {
    fixtures.importAll();
    fixtures.clearJobs();
    learnerId = accounts.create("learner").id;
    learner = accounts.login(learnerId);
    admin = accounts.login(accounts.create("admin").id);
    token = tokens.create("quota test").token();
    courseId = QuarkusTransaction.requiringNew().call(() -> courses.findBySlug(COURSE).get().id);
  }

  @AfterEach
  void generalQuotaAgain() {
    setCourseQuota("").statusCode(303);
  }

  @Test
  void aJobIsChargedItsSandboxTimeAtTheSlotRateAndAJobPastTheQuotaIsRefused() {
    setCourseQuota("0,006").statusCode(303); // 21.6 s, stored as 22
    String box = Jsoup.parse(page("vi")).getElementById("compute-quota").text();
    assertTrue(box.contains("Xin thêm giờ GPU"), box);

    submit().statusCode(200);
    assertEquals(12.0, used(), 1e-9, "a running job holds the lab's time limit at the CPU rate");
    int job = claim();
    finish(job, 1, "OK", 100).statusCode(200);
    assertEquals(10.0, used(), 1e-9, "100 s of a CPU slot cost 10 GPU seconds");
    assertEquals("charged", state(job));

    submit().statusCode(200); // 10 + 12 = 22: exactly the quota
    assertEquals(22.0, used(), 1e-9);
    long jobsBefore = jobs();
    String refused = submit("vi").statusCode(429).extract().asString();
    String error = Jsoup.parse(refused).getElementById("lab-error").text();
    assertTrue(error.contains("tuần này bạn chỉ còn 0 giờ"), error);
    assertTrue(error.contains("/grants/new?course=" + COURSE), error);
    assertEquals(
        "/grants/new?course=" + COURSE,
        Jsoup.parse(refused).getElementById("compute-apply").attr("href"));
    String english = submit("en").statusCode(429).extract().asString();
    assertTrue(
        Jsoup.parse(english).getElementById("lab-error").text().contains("you have only 0 left"),
        english);
    assertEquals(jobsBefore, jobs(), "a refused submission queues nothing");
    assertEquals(22.0, used(), 1e-9, "and holds nothing");
  }

  @Test
  void jobsThePlatformLostOrNeverRanAreRefunded() {
    submit().statusCode(200);
    int job = claim();
    // RUNNER_LOST on every attempt: the job fails for good, and the charging rule waives it.
    for (int attempt = 1; attempt <= 3; attempt++) {
      if (attempt > 1) {
        assertEquals(job, claim());
      }
      finish(job, attempt, "RUNNER_LOST", 50).statusCode(200);
    }
    assertEquals("refunded", state(job));
    submit().statusCode(200);
    int queued = claimable();
    queue.cancel((long) queued);
    assertEquals("refunded", state(queued));
    assertEquals(0.0, used(), 1e-9);
  }

  @Test
  void aRepeatedEventNeverChargesTwiceAndAPlatformFaultAfterTheChargeIsRefunded() {
    submit().statusCode(200);
    int job = claim();
    finish(job, 1, "OK", 100).statusCode(200);
    finish(job, 1, "OK", 900).statusCode(200); // the runner retries: the first answer stands
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              charged.fire(new ComputeCharged((long) job, learnerId, "cpu", 900));
              ended.fire(
                  new JobEnded(
                      (long) job, learnerId, "train", JobState.SUCCEEDED, ErrorClass.OK, 1, false));
            });
    assertEquals(10.0, used(), 1e-9);
    assertEquals("charged", state(job));
    QuarkusTransaction.requiringNew()
        .run(() -> faulted.fire(new LabJobFaulted((long) job, learnerId)));
    QuarkusTransaction.requiringNew()
        .run(() -> faulted.fire(new LabJobFaulted((long) job, learnerId)));
    assertEquals("refunded", state(job));
    assertEquals(0.0, used(), 1e-9);
  }

  @Test
  void theQuotaResetsWhenTheWeekTurnsOnMondayInVietnam() {
    setCourseQuota("0,004").statusCode(303); // 14.4 s: one job at a time
    submit().statusCode(200);
    submit().statusCode(429);
    QuotaView before = meter.quota(learnerId, courseId, clock.instant());
    ZoneId vietnam = ZoneId.of("Asia/Ho_Chi_Minh");
    assertEquals(DayOfWeek.MONDAY, before.resetsAt().atZone(vietnam).getDayOfWeek());
    assertEquals(LocalTime.MIDNIGHT, before.resetsAt().atZone(vietnam).toLocalTime());

    clock.advance(Duration.between(clock.instant(), before.resetsAt()).plusSeconds(1));
    QuotaView after = meter.quota(learnerId, courseId, clock.instant());
    assertEquals(before.resetsAt(), after.weekStart());
    assertEquals(0.0, after.usedSeconds(), 1e-9, "last week's running job counts in last week");
    submit().statusCode(200);
  }

  @Test
  void onlyTheCoursesInstructorsAndAdminsSetItsQuota() {
    var instructor = accounts.create("instructor");
    given()
        .cookie(SessionCookie.NAME, accounts.login(instructor.id))
        .get(QUOTA_PAGE)
        .then()
        .statusCode(403);
    setCourseQuota("abc").statusCode(422).body(containsString("0 đến 1000"));
    setCourseQuota("2,5").statusCode(303);
    assertEquals(9000, meter.quota(learnerId, courseId, clock.instant()).baseSeconds());
  }

  private io.restassured.response.ValidatableResponse setCourseQuota(String hours) {
    return Csrf.with(given().cookie(SessionCookie.NAME, admin).redirects().follow(false))
        .formParam("hours", hours)
        .post(QUOTA_PAGE)
        .then();
  }

  private String page(String language) {
    return as(learner).header("Accept-Language", language).get(LAB).then().extract().asString();
  }

  private io.restassured.response.ValidatableResponse submit() {
    return submit("vi");
  }

  private io.restassured.response.ValidatableResponse submit(String language) {
    return Csrf.with(as(learner))
        .header("Accept-Language", language)
        .contentType("multipart/form-data")
        .multiPart("kind", "config")
        .multiPart("code", "layers:\n  - dense: {units: 8}\n")
        .post(LAB + "/submit")
        .then();
  }

  private int claim() {
    return runner()
        .body("{\"maxJobs\": 1}")
        .post(RUNNER + "/claim")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getInt("jobs[0].jobId");
  }

  /** The newest queued job of the learner. */
  private int claimable() {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        em.createNativeQuery(
                                "SELECT max(id) FROM job WHERE owner_id = :u AND state = 'QUEUED'")
                            .setParameter("u", learnerId)
                            .getSingleResult())
                    .intValue());
  }

  private io.restassured.response.ValidatableResponse finish(
      int job, int attempt, String errorClass, double wallSeconds) {
    return runner()
        .body(
            "{\"attempt\": "
                + attempt
                + ", \"errorClass\": \""
                + errorClass
                + "\", \"usage\": {\"wallSeconds\": "
                + wallSeconds
                + "}}")
        .post(RUNNER + "/jobs/" + job + "/finish")
        .then();
  }

  private double used() {
    return meter.quota(learnerId, courseId, clock.instant()).usedSeconds();
  }

  private String state(int job) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                (String)
                    em.createNativeQuery("SELECT state FROM compute_use WHERE job_id = :j")
                        .setParameter("j", job)
                        .getSingleResult());
  }

  private long jobs() {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        em.createNativeQuery("SELECT count(*) FROM job WHERE owner_id = :u")
                            .setParameter("u", learnerId)
                            .getSingleResult())
                    .longValue());
  }

  private RequestSpecification as(String session) {
    return given().cookie(SessionCookie.NAME, session).redirects().follow(false);
  }

  private RequestSpecification runner() {
    return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
  }
}
