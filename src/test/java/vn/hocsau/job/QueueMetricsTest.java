package vn.hocsau.job;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The queue depth reaches Prometheus, per runner pool, for autoscaling the runners. */
@QuarkusTest
class QueueMetricsTest {

  @Inject JobQueue queue;
  @Inject QueueMetrics metrics;
  @Inject JobFixtures fixtures;

  @Test
  void queueDepthIsExportedPerPool() {
    fixtures.clearJobs();
    Long learner = fixtures.learner();
    queue.enqueue(learner, "train", "{}", 0);
    queue.enqueue(learner, "train", "{}", 0);
    queue.enqueue(learner, "train", "gpu", "{}", 0);

    metrics.refresh();

    String scrape = given().get("/q/metrics").then().statusCode(200).extract().asString();
    assertGauge(scrape, "cpu", 2);
    assertGauge(scrape, "gpu", 1);
  }

  /** The gauge as the KEDA queries select it (infra/kubernetes/keda-*.yaml): by its pool label. */
  private static void assertGauge(String scrape, String pool, int value) {
    Pattern line =
        Pattern.compile(
            "(?m)^hocsau_jobs_queued\\{[^}]*pool=\"" + pool + "\"[^}]*} " + value + "\\.0$");
    assertTrue(line.matcher(scrape).find(), "no gauge for pool " + pool + " in\n" + scrape);
  }
}
