package vn.hocsau.job;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hocsau.account.AppUser;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.lab.LabFixtures;
import vn.hocsau.support.Csrf;
import vn.hocsau.support.TestAccounts;

/**
 * The log lines of a learner's submission and of a runner's calls about its job carry the request
 * id (the client's own {@code X-Request-Id} when it is a plain token, a fresh one otherwise, named
 * in the response), the user id and never the email, and the job, attempt and runner: a story that
 * can be read back from the logs (issue 21). Captured from the real log records, MDC included.
 */
@QuarkusTest
class LogContextTest {

  static final String LAB = "/labs/nhap-mon-hoc-sau/phan-loai-diem";

  /** A log line as it was written: its message and its MDC. */
  record Line(String logger, String message, Map<String, String> mdc) {}

  @Inject LabFixtures fixtures;
  @Inject JobFixtures jobs;
  @Inject TestAccounts accounts;

  private final List<Line> lines = new CopyOnWriteArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          if (record instanceof ExtLogRecord ext) {
            lines.add(new Line(ext.getLoggerName(), ext.getFormattedMessage(), ext.getMdcCopy()));
          }
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @BeforeEach
  void setUp() {
    fixtures.importAll();
    fixtures.clearJobs();
    Logger.getLogger("vn.hocsau").addHandler(capture);
  }

  @AfterEach
  void tearDown() {
    Logger.getLogger("vn.hocsau").removeHandler(capture);
  }

  @Test
  void aSubmissionAndItsRunnerCallsAreLoggedWithRequestUserJobAndAttempt() {
    AppUser user = accounts.create("learner");
    String learner = accounts.login(user.id);
    Csrf.with(given().cookie(SessionCookie.NAME, learner))
        .header("X-Request-Id", "learner-req-1")
        .contentType("multipart/form-data")
        .multiPart("kind", "config")
        .multiPart("code", "layers:\n  - dense: {units: 8}\n")
        .post(LAB + "/submit")
        .then()
        .statusCode(200)
        .header("X-Request-Id", "learner-req-1");
    Line accepted = only("LabSubmitService");
    assertEquals("learner-req-1", accepted.mdc().get("requestId"), accepted.toString());
    assertEquals(user.id.toString(), accepted.mdc().get("userId"), accepted.toString());

    String token = jobs.runnerToken();
    int jobId =
        given()
            .header("Authorization", "Bearer " + token)
            .contentType(ContentType.JSON)
            .body("{\"maxJobs\": 1}")
            .post("/api/runner/v1/claim")
            .jsonPath()
            .getInt("jobs[0].jobId");
    // A header that is not a plain token is replaced: a client cannot write into the logs.
    given()
        .header("Authorization", "Bearer " + token)
        .header("X-Request-Id", "forged\tline")
        .contentType(ContentType.JSON)
        .body("{\"attempt\": 1, \"errorClass\": \"CONFIG_ERROR\"}")
        .post("/api/runner/v1/jobs/" + jobId + "/finish")
        .then()
        .statusCode(200)
        .header("X-Request-Id", matchesPattern("[0-9a-f]{16}"));
    Line finished = only("JobAttempts");
    assertEquals(Integer.toString(jobId), finished.mdc().get("jobId"), finished.toString());
    assertEquals("1", finished.mdc().get("attempt"), finished.toString());
    assertFalse(finished.mdc().getOrDefault("runnerId", "").isEmpty(), finished.toString());
    assertFalse(finished.mdc().containsKey("userId"), "a runner is no user: " + finished);

    // The runner asks again (its first answer was lost): the repeat is logged under its own id.
    given()
        .header("Authorization", "Bearer " + token)
        .header("X-Request-Id", "runner-retry-2")
        .contentType(ContentType.JSON)
        .body("{\"attempt\": 1, \"errorClass\": \"CONFIG_ERROR\"}")
        .post("/api/runner/v1/jobs/" + jobId + "/finish")
        .then()
        .statusCode(200)
        .body("jobId", equalTo(jobId));
    assertEquals(
        1,
        lines.stream()
            .filter(l -> "runner-retry-2".equals(l.mdc().get("requestId")))
            .filter(l -> l.message().contains("Repeated finish of job " + jobId))
            .count(),
        lines.toString());

    for (Line line : lines) {
      assertFalse(line.toString().contains(user.email), "an email in the logs: " + line);
    }
  }

  private Line only(String loggerSuffix) {
    List<Line> found = lines.stream().filter(l -> l.logger().endsWith(loggerSuffix)).toList();
    assertEquals(1, found.size(), found.toString());
    return found.get(0);
  }
}
