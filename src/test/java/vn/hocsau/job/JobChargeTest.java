package vn.hocsau.job;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.support.TestAccounts;
import vn.hocsau.support.TestClock;

/** Charging compute time from the runner's finish call: the rule, validation and idempotence. */
@QuarkusTest
class JobChargeTest {

  private static final String API = "/api/runner/v1";

  @Inject JobQueue queue;
  @Inject JobFixtures fixtures;
  @Inject TestAccounts accounts;
  @Inject TestClock clock;
  @Inject LeaseReaper reaper;
  @Inject QueueConfig config;
  @Inject EntityManager em;
  @Inject ChargeRecorder charges;

  private String token;
  private Long learner;

  @BeforeEach
  void setUp() {
    fixtures.clearJobs();
    token = fixtures.runnerToken();
    learner = fixtures.learner();
    charges.clear();
  }

  @Test
  void aSucceededJobIsChargedItsWallSecondsOnceHoweverOftenItIsFinished() {
    Long id = claimed("cpu");
    finish(id, "OK", "{\"wallSeconds\": 12.5, \"cpuSeconds\": 40, \"gpuSeconds\": 0}")
        .statusCode(200)
        .body("state", equalTo("SUCCEEDED"));
    finish(id, "OK", "{\"wallSeconds\": 999, \"cpuSeconds\": 999, \"gpuSeconds\": 999}")
        .statusCode(200)
        .body("state", equalTo("SUCCEEDED"));
    assertEquals(12.5, charged(id));
    assertEquals(12.5, usage(id)[0]);
    assertEquals(1, charges.seen().size(), "one charge event");
    assertEquals(new ComputeCharged(id, learner, "cpu", 12.5), charges.seen().get(0));
  }

  @Test
  void aGpuJobIsChargedItsGpuSeconds() {
    Long id = claimed("gpu");
    finish(id, "TIME_LIMIT", "{\"wallSeconds\": 600, \"cpuSeconds\": 30, \"gpuSeconds\": 590}")
        .statusCode(200);
    assertEquals(590, charged(id));
  }

  @Test
  void refusedSubmissionsAndCancelledQueuedJobsAreFree() {
    Long config = claimed("cpu");
    finish(config, "CONFIG_ERROR", "{\"wallSeconds\": 3}").statusCode(200);
    assertEquals(0, charged(config));
    Long compile = claimed("cpu");
    finish(compile, "COMPILE_ERROR", "{\"wallSeconds\": 9}").statusCode(200);
    assertEquals(0, charged(compile));
    Long queued = queue.enqueue(learner, "train", "{}", 0);
    queue.cancel(queued);
    assertEquals(0, charged(queued));
    assertEquals(0, charges.seen().size());
  }

  @Test
  void aJobTheRunnerLostIsFree() {
    Long id = queue.enqueue(learner, "train", "cpu", "{}", 0);
    for (int attempt = 1; attempt <= config.maxAttempts(); attempt++) {
      runner().body("{\"waitSeconds\": 0}").post(API + "/claim").then().statusCode(200);
      clock.advance(config.lease().plusSeconds(1));
      reaper.reap();
    }
    assertEquals(ErrorClass.RUNNER_LOST, fixtures.job(id).errorClass());
    assertEquals(0, charged(id));
  }

  @Test
  void withoutUsageThePlatformChargesWhatItMeasured() {
    Long id = claimed("cpu");
    clock.advance(Duration.ofSeconds(42));
    finish(id, "RUNTIME_ERROR", null).statusCode(200);
    double charged = charged(id);
    assertEquals(42, charged, 1.0);
  }

  @Test
  void impossibleUsageIsRefusedAndHugeUsageIsCapped() {
    Long id = claimed("cpu");
    finish(id, "OK", "{\"wallSeconds\": -1}").statusCode(400);
    finish(id, "OK", "{\"wallSeconds\": \"NaN\"}").statusCode(400);
    finish(id, "OK", "{\"wallSeconds\": \"Infinity\"}").statusCode(400);
    assertEquals(JobState.RUNNING, fixtures.job(id).state(), "a refused finish changes nothing");
    finish(id, "OK", "{\"wallSeconds\": 1e12}").statusCode(200);
    assertEquals(config.usageMaxSeconds(), charged(id));
  }

  @Test
  void theHistoryShowsTheMonthsTotal() {
    Long a = claimed("cpu");
    finish(a, "OK", "{\"wallSeconds\": 3600}").statusCode(200);
    Long b = claimed("cpu");
    finish(b, "OK", "{\"wallSeconds\": 61}").statusCode(200);
    String html =
        given()
            .cookie(SessionCookie.NAME, accounts.login(learner))
            .header("Accept-Language", "en")
            .get("/jobs")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertEquals(
        "Compute used this month: 1:01:01",
        Jsoup.parse(html).getElementById("month-charged").text());
    String page =
        given()
            .cookie(SessionCookie.NAME, accounts.login(learner))
            .header("Accept-Language", "en")
            .get("/jobs/" + b)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertEquals("0:01:01", Jsoup.parse(page).getElementById("job-compute").ownText());
  }

  private Long claimed(String resource) {
    Long id = queue.enqueue(learner, "train", resource, "{}", 0);
    runner()
        .body("{\"waitSeconds\": 0, \"resources\": [\"" + resource + "\"]}")
        .post(API + "/claim")
        .then()
        .statusCode(200)
        .body("jobs[0].jobId", equalTo(id.intValue()));
    return id;
  }

  private io.restassured.response.ValidatableResponse finish(
      Long id, String errorClass, String usage) {
    String body =
        "{\"attempt\": 1, \"errorClass\": \""
            + errorClass
            + "\""
            + (usage == null ? "" : ", \"usage\": " + usage)
            + "}";
    return runner().body(body).post(API + "/jobs/" + id + "/finish").then();
  }

  @Transactional
  double charged(Long id) {
    return ((Number)
            em.createNativeQuery("SELECT charged_seconds FROM job WHERE id = ?1")
                .setParameter(1, id)
                .getSingleResult())
        .doubleValue();
  }

  @Transactional
  Double[] usage(Long id) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT usage_wall_seconds, usage_cpu_seconds, usage_gpu_seconds FROM job"
                        + " WHERE id = ?1")
                .setParameter(1, id)
                .getSingleResult();
    return new Double[] {
      ((Number) row[0]).doubleValue(),
      ((Number) row[1]).doubleValue(),
      ((Number) row[2]).doubleValue()
    };
  }

  private RequestSpecification runner() {
    return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
  }
}
