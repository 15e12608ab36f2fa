package vn.hocsau.job;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hocsau.support.TestClock;

/**
 * How jobs end and how often leases expire reach Prometheus (docs/operations.md alerts on them):
 * read from the real /q/metrics scrape after real finishes and a real reaper pass.
 */
@QuarkusTest
class JobMetricsTest {

  @Inject JobQueue queue;
  @Inject JobAttempts attempts;
  @Inject LeaseReaper reaper;
  @Inject QueueConfig config;
  @Inject JobFixtures fixtures;
  @Inject TestClock clock;

  private Long runner;
  private Long learner;

  @BeforeEach
  void emptyQueue() {
    fixtures.clearJobs();
    runner = fixtures.runner();
    learner = fixtures.learner();
  }

  @Test
  void endsAreCountedByStateAndErrorClass() {
    String ended = "hocsau_jobs_ended_total";
    double memoryBefore = value(ended, "error_class=\"MEMORY_LIMIT\",state=\"FAILED\"");
    double okBefore = value(ended, "error_class=\"OK\",state=\"SUCCEEDED\"");

    for (ErrorClass verdict :
        List.of(ErrorClass.MEMORY_LIMIT, ErrorClass.MEMORY_LIMIT, ErrorClass.OK)) {
      Long id = queue.enqueue(learner, "train", "{}", 0);
      int attempt = claimOne().attempt();
      attempts.finish(id, attempt, runner, new Verdict(verdict, null));
    }

    assertEquals(memoryBefore + 2, value(ended, "error_class=\"MEMORY_LIMIT\",state=\"FAILED\""));
    assertEquals(okBefore + 1, value(ended, "error_class=\"OK\",state=\"SUCCEEDED\""));
  }

  @Test
  void expiredLeasesAreCountedByWhatTheReaperDid() {
    String expired = "hocsau_job_leases_expired_total";
    double requeuedBefore = value(expired, "outcome=\"requeued\"");
    double failedBefore = value(expired, "outcome=\"failed\"");

    Long id = queue.enqueue(learner, "train", "{}", 0);
    for (int attempt = 1; attempt <= config.maxAttempts(); attempt++) {
      claimOne();
      clock.advance(config.lease().plusSeconds(1));
      reaper.reap();
    }
    reaper.reap(); // nothing left to expire: counts nothing

    assertEquals(requeuedBefore + config.maxAttempts() - 1, value(expired, "outcome=\"requeued\""));
    assertEquals(failedBefore + 1, value(expired, "outcome=\"failed\""));
    assertEquals(ErrorClass.RUNNER_LOST, fixtures.job(id).errorClass());
  }

  private JobAssignment claimOne() {
    List<JobAssignment> claimed = queue.claim(runner, 1, Duration.ZERO);
    assertEquals(1, claimed.size());
    return claimed.get(0);
  }

  /** The counter's value in a fresh scrape, 0 when the series does not exist yet. */
  private static double value(String name, String labels) {
    String scrape = given().get("/q/metrics").then().statusCode(200).extract().asString();
    Matcher line =
        Pattern.compile("(?m)^" + name + "\\{" + Pattern.quote(labels) + "} (\\S+)$")
            .matcher(scrape);
    return line.find() ? Double.parseDouble(line.group(1)) : 0;
  }
}
