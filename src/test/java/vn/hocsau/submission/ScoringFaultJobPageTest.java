package vn.hocsau.submission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.job.JobFixtures;
import vn.hocsau.lab.LabFixtures;
import vn.hocsau.support.Csrf;
import vn.hocsau.support.TestAccounts;
import vn.hocsau.support.TestClock;

/**
 * A training job that trained and handed in its predictions, whose scoring then failed through the
 * platform's fault (even on the sweep's retry): the job page must say so plainly, in the learner's
 * language, and say that it was not charged; the compute time shown, on the page and in the month's
 * total, must be what the learner actually pays, nothing.
 */
@QuarkusTest
class ScoringFaultJobPageTest {

  static final String LAB = "/labs/nhap-mon-hoc-sau/phan-loai-diem";
  static final String RUNNER = "/api/runner/v1";

  @Inject LabFixtures fixtures;
  @Inject JobFixtures jobs;
  @Inject TestAccounts accounts;
  @Inject TestClock clock;
  @Inject PendingSubmissionSweep sweep;
  @Inject EntityManager em;

  private String learner;
  private String token;

  @BeforeEach
  void setUp() {
    fixtures.importAll();
    fixtures.clearJobs();
    learner = accounts.login(accounts.create("learner").id);
    token = jobs.runnerToken();
  }

  @Test
  void theJobPageSaysThePlatformFailedItAndThatItWasNotCharged() {
    Csrf.with(as(learner))
        .contentType("multipart/form-data")
        .multiPart("kind", "config")
        .multiPart("code", "layers:\n  - dense: {units: 8}\n")
        .post(LAB + "/submit")
        .then()
        .statusCode(200);
    int jobId =
        runner()
            .body("{\"maxJobs\": 1}")
            .post(RUNNER + "/claim")
            .jsonPath()
            .getInt("jobs[0].jobId");
    boolean[] right = new boolean[150];
    Arrays.fill(right, true);
    runner()
        .contentType(ContentType.BINARY)
        .queryParam("attempt", 1)
        .body(LabFixtures.predictions(right))
        .put(RUNNER + "/jobs/" + jobId + "/outputs/predictions.csv")
        .then()
        .statusCode(200);
    String metric = labMetric();
    try {
      // A lab whose metric no longer exists: scoring throws, in the observer and in the sweep.
      setLabMetric("khong-co");
      runner()
          .body("{\"attempt\": 1, \"errorClass\": \"OK\", \"usage\": {\"wallSeconds\": 42}}")
          .post(RUNNER + "/jobs/" + jobId + "/finish")
          .then()
          .statusCode(200);
      clock.advance(Duration.ofMinutes(3));
      sweep.sweep();
    } finally {
      setLabMetric(metric);
    }

    as(learner)
        .get("/jobs/" + jobId)
        .then()
        .statusCode(200)
        .body(
            allOf(
                containsString("id=\"job-fault\""),
                containsString("Không chấm được bài nộp này"),
                // Charged nothing, though the sandbox ran 42 s (shown beside it as what it used).
                containsString(
                    "id=\"job-compute\">0:00:00 · <strong id=\"job-not-charged\">không bị tính"
                        + " giờ")));
    as(learner)
        .cookie("hs_lang", "en")
        .get("/jobs/" + jobId)
        .then()
        .body(
            allOf(
                containsString("could not be scored"),
                containsString("id=\"job-not-charged\">not charged")));
    // The history's row and the month's total count what was charged: nothing.
    as(learner).get("/jobs").then().statusCode(200).body(not(containsString("0:00:42")));
  }

  private String labMetric() {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                (String)
                    em.createNativeQuery("SELECT metric FROM lab WHERE slug = 'phan-loai-diem'")
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
