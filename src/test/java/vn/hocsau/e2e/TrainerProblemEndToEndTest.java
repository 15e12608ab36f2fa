package vn.hocsau.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.job.runner.NewRunnerToken;
import vn.hocsau.job.runner.RunnerTokenService;
import vn.hocsau.lab.LabFixtures;
import vn.hocsau.support.TestAccounts;

/**
 * A mistake only the trainer can see, worded end to end: a config whose learning rate is allowed
 * (so the pre-flight check queues it) but far too large diverges in the real trainer; the real
 * runner forwards the trainer's code, and the job page says so in Vietnamese and in English.
 */
@QuarkusTest
class TrainerProblemEndToEndTest {

  /** The runner instance of this test (the e2e range's are taken by the other tests). */
  static final int INSTANCE = 61;

  static final String DIVERGING =
      """
      epochs: 50
      batchSize: 8
      optimizer: {type: sgd, lr: 10}
      layers:
        - dense: {units: 64, activation: identity}
        - dense: {units: 64, activation: identity}
        - output: {}
      """;

  @TestHTTPResource("/")
  URL site;

  @Inject LabFixtures fixtures;
  @Inject TestAccounts accounts;
  @Inject RunnerTokenService tokens;
  @Inject LearnerSubmissions submissions;

  @Test
  void aDivergingConfigPassesPreflightAndTheJobPageSaysWhyInTheLearnersLanguage() throws Exception {
    fixtures.importAll();
    fixtures.clearJobs();
    String learner = accounts.login(accounts.create("learner").id);
    NewRunnerToken token = tokens.create("e2e runner (problem)");
    try (RunnerProcess runner =
        RunnerProcess.start(site, token.token(), INSTANCE, "problem-runner.log")) {
      submissions.submitCode(
          learner, TrainingEndToEndTest.COURSE, TrainingEndToEndTest.SLUG, "config", DIVERGING);
      JsonPath mine =
          submissions.awaitOutcome(
              learner,
              TrainingEndToEndTest.COURSE,
              TrainingEndToEndTest.SLUG,
              runner,
              Duration.ofMinutes(6));
      long jobId = mine.getLong("[0].jobId");

      Document vi = page(learner, jobId, "vi");
      Element verdict = vi.selectFirst("#verdict-title .job-class");
      assertEquals("RUNTIME_ERROR", verdict.attr("data-error-class"), runner.output());
      assertEquals("Lỗi khi chạy", verdict.text());
      Element problem = vi.getElementById("job-problem");
      assertNotNull(problem, vi.getElementById("job-verdict").text() + "\n" + runner.output());
      assertTrue(
          problem.text().startsWith("Quá trình huấn luyện bị phân kỳ: hàm mất mát thành "),
          problem.text());
      assertTrue(problem.text().contains("Hãy giảm tốc độ học (lr)"), problem.text());
      assertFalse(
          vi.getElementById("job-verdict").text().contains("training diverged"),
          "the trainer's English is not shown to a Vietnamese learner");
      assertTrue(
          page(learner, jobId, "en")
              .getElementById("job-problem")
              .text()
              .startsWith("Training diverged: the loss became "));
    } finally {
      tokens.revoke(token.view().id());
    }
  }

  private static Document page(String learner, long jobId, String language) {
    return Jsoup.parse(
        given()
            .cookie(SessionCookie.NAME, learner)
            .header("Accept-Language", language)
            .get("/jobs/" + jobId)
            .then()
            .statusCode(200)
            .extract()
            .asString());
  }
}
