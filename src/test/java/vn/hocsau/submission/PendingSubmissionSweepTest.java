package vn.hocsau.submission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.job.ErrorClass;
import vn.hocsau.job.JobEnded;
import vn.hocsau.job.JobFixtures;
import vn.hocsau.job.JobState;
import vn.hocsau.lab.LabFixtures;
import vn.hocsau.support.Csrf;
import vn.hocsau.support.TestAccounts;
import vn.hocsau.support.TestClock;

/**
 * Training submissions never stay PENDING after their job ended: the sweep scores what the job's
 * end handling missed, fails what cannot be scored with a message, and stale ends change nothing.
 */
@QuarkusTest
class PendingSubmissionSweepTest {

  static final String LAB = "/labs/nhap-mon-hoc-sau/phan-loai-diem";
  static final String API = "/api/v1/labs/nhap-mon-hoc-sau/phan-loai-diem";
  static final String RUNNER = "/api/runner/v1";
  static final Duration PAST_GRACE = Duration.ofMinutes(3);

  @Inject LabFixtures fixtures;
  @Inject JobFixtures jobs;
  @Inject TestAccounts accounts;
  @Inject TestClock clock;
  @Inject PendingSubmissionSweep sweep;
  @Inject Event<JobEnded> ended;
  @Inject EntityManager em;

  private Long learnerId;
  private String learner;
  private String token;

  @BeforeEach
  void setUp() {
    fixtures.importAll();
    fixtures.clearJobs();
    learnerId = accounts.create("learner").id;
    learner = accounts.login(learnerId);
    token = jobs.runnerToken();
  }

  @Test
  void scoringThatThrowsLeavesItPendingUntilTheSweepFailsItWithAMessage() {
    int jobId = submitAndClaim(1);
    upload(jobId, 1, allRight());
    String metric = labColumn("metric");
    try {
      // A lab whose metric no longer exists: the scorer genuinely throws, in the observer and again
      // in the sweep.
      setLabMetric("khong-co");
      finish(jobId, 1, "OK");
      mine().body("[0].status", equalTo("PENDING"));
      sweep.sweep(); // within the grace the observer's result stands
      mine().body("[0].status", equalTo("PENDING"));

      clock.advance(PAST_GRACE);
      sweep.sweep();
    } finally {
      setLabMetric(metric);
    }
    mine()
        .body("[0].status", equalTo("FAILED"))
        .body("[0].publicScore", nullValue())
        .body("[0].message", containsString("Không chấm được bài nộp này"));
    as(learner)
        .cookie("hs_lang", "en")
        .get(API + "/submissions")
        .then()
        .body("[0].message", containsString("could not be scored"));
    // A platform fault is not charged: the learner has all of today's submissions left.
    as(learner).get(LAB).then().body(containsString("0/20"));
  }

  @Test
  void aJobThatEndedWithoutItsEventIsScoredOnceByTwoConcurrentSweeps() throws Exception {
    int jobId = submitAndClaim(1);
    upload(jobId, 1, allRight());
    // The runner's finish committed, then the platform died before any observer ran.
    jobs.endWithoutEvent((long) jobId, clock.instant());
    mine().body("[0].status", equalTo("PENDING"));
    long id = submissionId(jobId);

    clock.advance(PAST_GRACE);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Long> settled = new ArrayList<>();
    try {
      CyclicBarrier start = new CyclicBarrier(2);
      List<Future<PendingSubmissionSweep.Swept>> runs =
          List.of(pool.submit(() -> afterBarrier(start)), pool.submit(() -> afterBarrier(start)));
      for (Future<PendingSubmissionSweep.Swept> run : runs) {
        PendingSubmissionSweep.Swept swept = run.get(60, TimeUnit.SECONDS);
        settled.addAll(swept.settled());
        assertFalse(swept.failed().contains(id));
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, settled.stream().filter(s -> s == id).count(), "scored once: " + settled);
    mine().body("[0].status", equalTo("SCORED")).body("[0].publicScore", equalTo(1.0f));
    int scored = version(jobId);
    PendingSubmissionSweep.Swept again = sweep.sweep();
    assertFalse(again.settled().contains(id), "a later sweep leaves it alone");
    assertEquals(scored, version(jobId));
  }

  @Test
  void anEndedEventOfAnOlderAttemptIsIgnored() {
    int jobId = submitAndClaim(1);
    // Attempt 1 hands the job back; attempt 2 trains it.
    finish(jobId, 1, "RUNNER_LOST");
    assertEquals(jobId, claim(2));
    upload(jobId, 2, allRight());

    fire(
        new JobEnded(
            (long) jobId, learnerId, "train", JobState.FAILED, ErrorClass.RUNTIME_ERROR, 1, true));
    fire(
        new JobEnded((long) jobId, learnerId, "train", JobState.SUCCEEDED, ErrorClass.OK, 1, true));
    mine().body("[0].status", equalTo("PENDING")).body("[0].publicScore", nullValue());

    finish(jobId, 2, "OK");
    mine().body("[0].status", equalTo("SCORED")).body("[0].publicScore", equalTo(1.0f));
    int scored = version(jobId);
    // The same end delivered again, and a late failure of attempt 1, change nothing.
    fire(
        new JobEnded((long) jobId, learnerId, "train", JobState.SUCCEEDED, ErrorClass.OK, 2, true));
    fire(
        new JobEnded(
            (long) jobId, learnerId, "train", JobState.FAILED, ErrorClass.RUNTIME_ERROR, 1, true));
    assertEquals(scored, version(jobId));
    mine().body("[0].status", equalTo("SCORED"));
  }

  private PendingSubmissionSweep.Swept afterBarrier(CyclicBarrier start) throws Exception {
    start.await(30, TimeUnit.SECONDS);
    return sweep.sweep();
  }

  /** Fires {@code event} in a transaction of its own, as the queue does when a job ends. */
  private void fire(JobEnded event) {
    QuarkusTransaction.requiringNew().run(() -> ended.fire(event));
  }

  private int submitAndClaim(int attempt) {
    Csrf.with(as(learner))
        .contentType("multipart/form-data")
        .multiPart("kind", "config")
        .multiPart("code", "layers:\n  - dense: {units: 8}\n")
        .post(LAB + "/submit")
        .then()
        .statusCode(200);
    return claim(attempt);
  }

  private int claim(int attempt) {
    var claim =
        runner()
            .body("{\"maxJobs\": 1}")
            .post(RUNNER + "/claim")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(attempt, claim.getInt("jobs[0].attempt"));
    return claim.getInt("jobs[0].jobId");
  }

  private void upload(int jobId, int attempt, byte[] predictions) {
    runner()
        .contentType(ContentType.BINARY)
        .queryParam("attempt", attempt)
        .body(predictions)
        .put(RUNNER + "/jobs/" + jobId + "/outputs/predictions.csv")
        .then()
        .statusCode(200);
  }

  private void finish(int jobId, int attempt, String errorClass) {
    runner()
        .body("{\"attempt\": " + attempt + ", \"errorClass\": \"" + errorClass + "\"}")
        .post(RUNNER + "/jobs/" + jobId + "/finish")
        .then()
        .statusCode(200);
  }

  private io.restassured.response.ValidatableResponse mine() {
    return as(learner).get(API + "/submissions").then().statusCode(200);
  }

  private static byte[] allRight() {
    boolean[] right = new boolean[150];
    Arrays.fill(right, true);
    return LabFixtures.predictions(right);
  }

  private long submissionId(int jobId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        em.createNativeQuery("SELECT id FROM lab_submission WHERE job_id = ?1")
                            .setParameter(1, jobId)
                            .getSingleResult())
                    .longValue());
  }

  private int version(int jobId) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        em.createNativeQuery("SELECT version FROM lab_submission WHERE job_id = ?1")
                            .setParameter(1, jobId)
                            .getSingleResult())
                    .intValue());
  }

  private String labColumn(String column) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                (String)
                    em.createNativeQuery(
                            "SELECT " + column + " FROM lab WHERE slug = 'phan-loai-diem'")
                        .getSingleResult());
  }

  private void setLabMetric(String metric) {
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery("UPDATE lab SET metric = ?1 WHERE slug = 'phan-loai-diem'")
                    .setParameter(1, metric)
                    .executeUpdate());
  }

  private RequestSpecification runner() {
    return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
  }

  private RequestSpecification as(String session) {
    return given().cookie(SessionCookie.NAME, session).redirects().follow(false);
  }
}
