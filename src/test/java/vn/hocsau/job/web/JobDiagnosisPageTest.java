package vn.hocsau.job.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.job.ErrorClass;
import vn.hocsau.job.JobAssignment;
import vn.hocsau.job.JobAttempts;
import vn.hocsau.job.JobEventLog;
import vn.hocsau.job.JobFixtures;
import vn.hocsau.job.JobQueue;
import vn.hocsau.job.Verdict;
import vn.hocsau.support.TestAccounts;
import vn.hocsau.support.TestClock;

/**
 * The job page's training diagnosis and estimate, through stored runner events: advice in the
 * learner's language after the run, none on a healthy run, none while it runs, and an estimate from
 * the job's own epoch rate.
 */
@QuarkusTest
class JobDiagnosisPageTest {

  @Inject JobQueue queue;
  @Inject JobAttempts attempts;
  @Inject JobEventLog events;
  @Inject JobFixtures fixtures;
  @Inject TestAccounts accounts;
  @Inject TestClock clock;
  @Inject ObjectMapper json;

  private Long owner;
  private Long runner;

  @BeforeEach
  void setUp() {
    fixtures.clearJobs();
    owner = fixtures.learner();
    runner = fixtures.runner();
  }

  /** Epoch events as the trainer writes them: loss, train/val accuracy, time, update ratio. */
  private List<JobEventLog.Input> epochs(
      String[] loss, double[] train, double[] val, double[] ratio) throws Exception {
    List<JobEventLog.Input> out = new ArrayList<>();
    out.add(
        new JobEventLog.Input(0, "started", json.readTree("{\"epochs\": " + loss.length + "}")));
    for (int i = 0; i < loss.length; i++) {
      out.add(
          new JobEventLog.Input(
              i + 1,
              "epoch",
              json.readTree(
                  ("{\"epoch\": %d, \"epochs\": %d, \"loss\": %s, \"metrics\":"
                          + " {\"train_accuracy\": %s, \"val_accuracy\": %s},"
                          + " \"elapsedSeconds\": %s, \"updateRatio\": %s}")
                      .formatted(
                          i + 1,
                          loss.length,
                          loss[i],
                          train[i],
                          val[i],
                          10.0 * (i + 1),
                          ratio[i]))));
    }
    return out;
  }

  private Long finished(List<JobEventLog.Input> batch, ErrorClass outcome, String message) {
    Long id = queue.enqueue(owner, "train", "{}", 0);
    JobAssignment job = queue.claim(runner, 1, Duration.ZERO).get(0);
    assertEquals(id, job.jobId());
    events.append(id, job.attempt(), runner, batch);
    attempts.finish(id, job.attempt(), runner, new Verdict(outcome, message));
    return id;
  }

  @Test
  void anOverfittingRunWithHugeStepsGetsAdviceInBothLanguages() throws Exception {
    Long id =
        finished(
            epochs(
                new String[] {"0.60", "0.35", "0.20", "0.10", "0.05", "0.02"},
                new double[] {0.70, 0.82, 0.90, 0.95, 0.98, 0.99},
                new double[] {0.69, 0.78, 0.82, 0.81, 0.80, 0.79},
                new double[] {0.2, 0.2, 0.3, 0.2, 0.2, 0.2}),
            ErrorClass.OK,
            null);
    Document en = page(id, "en");
    List<String> advice = en.select("#job-advice li").eachText();
    assertEquals(2, advice.size(), advice.toString());
    assertTrue(advice.get(0).contains("overfitting"), advice.get(0));
    assertTrue(advice.get(0).contains("dropout"), advice.get(0));
    assertTrue(advice.get(1).contains("2.0e-01"), "the measured ratio: " + advice.get(1));
    assertTrue(advice.get(1).contains("too high"), advice.get(1));
    Document vi = page(id, "vi");
    List<String> vietnamese = vi.select("#job-advice li").eachText();
    assertTrue(vietnamese.get(0).contains("quá khớp"), vietnamese.get(0));
    assertTrue(vietnamese.get(1).contains("tốc độ học quá cao"), vietnamese.get(1));
    assertEquals("Gợi ý từ các đường cong huấn luyện", vi.selectFirst("#advice-title").text());
  }

  @Test
  void aRunStoppedForANaNLossIsToldItsLearningRateIsTooHigh() throws Exception {
    Long id =
        finished(
            epochs(
                new String[] {"2.3"}, new double[] {0.1}, new double[] {0.1}, new double[] {0.9}),
            ErrorClass.RUNTIME_ERROR,
            "training diverged: the loss became NaN in epoch 2, batch 7. Try a smaller learning"
                + " rate, or normalise the inputs");
    String first = page(id, "en").select("#job-advice li").first().text();
    assertTrue(first.startsWith("The loss became NaN or infinite"), first);
    String vi = page(id, "vi").select("#job-advice li").first().text();
    assertTrue(vi.startsWith("Hàm mất mát trở thành NaN"), vi);
  }

  @Test
  void aHealthyRunIsToldNothingIsWrong() throws Exception {
    Long id =
        finished(
            epochs(
                new String[] {"0.35", "0.15", "0.10", "0.075", "0.06"},
                new double[] {0.940, 0.965, 0.975, 0.981, 0.985},
                new double[] {0.950, 0.963, 0.969, 0.972, 0.974},
                new double[] {9e-3, 4e-3, 2.5e-3, 1.8e-3, 1.5e-3}),
            ErrorClass.OK,
            null);
    Document en = page(id, "en");
    assertTrue(en.select("#job-advice li").isEmpty(), en.select("#job-advice").text());
    assertTrue(en.getElementById("job-advice").text().contains("Nothing unusual"));
    assertTrue(
        page(id, "vi").getElementById("job-advice").text().contains("không có gì bất thường"));
  }

  @Test
  void aRunningJobGetsNoAdviceYetAndAnEstimateFromItsOwnRate() throws Exception {
    Long id = queue.enqueue(owner, "train", "{}", 0);
    JobAssignment job = queue.claim(runner, 1, Duration.ZERO).get(0);
    List<JobEventLog.Input> batch = new ArrayList<>();
    batch.add(new JobEventLog.Input(0, "started", json.readTree("{\"epochs\": 10}")));
    // A rising loss mid-run is no finding yet; 30 s for epoch 1 (warm-up), then 10 s an epoch.
    double[] elapsed = {30, 40, 50};
    for (int i = 0; i < 3; i++) {
      batch.add(
          new JobEventLog.Input(
              i + 1,
              "epoch",
              json.readTree(
                  "{\"epoch\": %d, \"epochs\": 10, \"loss\": %s, \"elapsedSeconds\": %s}"
                      .formatted(i + 1, 1.0 + i, elapsed[i]))));
    }
    events.append(id, job.attempt(), runner, batch);
    // The runner took it 2 minutes ago: start-up is not training, so 7 epochs × 10 s are left.
    clock.advance(Duration.ofMinutes(2));
    Document page = page(id, "en");
    assertNull(page.getElementById("job-advice"));
    assertEquals("0:01:10", page.getElementById("job-eta").text());
    assertEquals(
        List.of("30.0", "40.0", "50.0"),
        page.select("#job-events tr[data-elapsed]").eachAttr("data-elapsed"));
  }

  private Document page(Long id, String language) {
    return Jsoup.parse(
        given()
            .cookie(SessionCookie.NAME, accounts.login(owner))
            .header("Accept-Language", language)
            .get("/jobs/" + id)
            .then()
            .statusCode(200)
            .extract()
            .asString());
  }
}
