package vn.hocsau.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.account.apitoken.ApiTokenService;
import vn.hocsau.job.runner.NewRunnerToken;
import vn.hocsau.job.runner.RunnerTokenService;
import vn.hocsau.lab.LabFixtures;
import vn.hocsau.support.TestAccounts;

/**
 * The whole path of a config submission, with nothing simulated: a learner submits a network config
 * on the lab page; a real gpu-runner process claims the job, trains it with DL4J inside its
 * bubblewrap sandbox on the sample lab's small generated dataset ({@code datasets/diem-3-lop}) and
 * uploads the predictions; the platform scores them and the learner appears on the leaderboard. The
 * score is checked against the predictions the runner uploaded, re-scored here from the test
 * labels.
 */
@QuarkusTest
class TrainingEndToEndTest {

  static final String COURSE = "nhap-mon-hoc-sau";
  static final String SLUG = "phan-loai-diem";
  static final String CONFIG =
      """
      epochs: 30
      batchSize: 32
      optimizer: {type: adam, lr: 0.01}
      layers:
        - dense: {units: 16, activation: relu}
        - output: {}
      """;

  @TestHTTPResource("/")
  URL site;

  @Inject LabFixtures fixtures;
  @Inject TestAccounts accounts;
  @Inject RunnerTokenService tokens;
  @Inject EntityManager em;
  @Inject LearnerSubmissions submissions;
  @Inject ApiTokenService apiTokens;

  @Test
  void aConfigTrainsOnARealRunnerAndRanksWithTheRightScore() throws Exception {
    fixtures.importAll();
    fixtures.clearJobs();
    String learner = accounts.login(accounts.create("learner").id);

    NewRunnerToken token = tokens.create("e2e runner");
    try (RunnerProcess runner = RunnerProcess.start(site, token.token())) {
      submissions.submitCode(learner, COURSE, SLUG, "config", CONFIG);

      JsonPath submission =
          submissions.awaitOutcome(learner, COURSE, SLUG, runner, Duration.ofMinutes(6));
      assertEquals("SCORED", submission.getString("[0].status"), runner.output());
      long jobId = submission.getLong("[0].jobId");
      double publicScore = submission.getDouble("[0].publicScore");

      // Re-score the uploaded predictions from the labels: public and private together must give
      // the accuracy over every test row.
      Map<String, Integer> labels = testLabels();
      Map<String, Integer> predicted = submissions.predictions(jobId);
      assertEquals(labels.keySet(), predicted.keySet());
      long right =
          labels.keySet().stream().filter(id -> labels.get(id).equals(predicted.get(id))).count();
      double overall = (double) right / labels.size();
      double[] split = publicAndPrivate(jobId);
      double recombined = (split[0] * split[2] + split[1] * split[3]) / (split[2] + split[3]);
      assertEquals(overall, recombined, 1e-9);
      assertEquals(split[0], publicScore, 1e-6, "the page shows the stored public score");
      assertTrue(overall > 0.8, "a small MLP separates the three point clouds: " + overall);
      assertTrue(epochEvents(jobId) >= 1, "the runner forwarded the trainer's epoch events");
      assertEquals(
          0,
          logEvents(jobId, "native kernels not found"),
          "the sandboxed trainer loaded its native kernels (trainer-dist/native)");

      double onBoard =
          given()
              .cookie(SessionCookie.NAME, learner)
              .get("/api/v1/labs/" + COURSE + "/" + SLUG + "/leaderboard")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath()
              .getDouble("rows.find { it.me }.score");
      assertEquals(split[0], onBoard, 1e-6, "the learner's row on the public board");
    } finally {
      // The stopped runner's last long-poll may still be waiting on the platform: revoked, it can
      // no longer take the next test's jobs.
      tokens.revoke(token.view().id());
    }
  }

  /**
   * The same config through the API, as the CLI sends it with a personal token: the job is followed
   * through the jobs API's events page to its end, and the submission is scored.
   */
  @Test
  void aConfigSubmittedThroughTheApiIsFollowedToAScore() throws Exception {
    fixtures.importAll();
    fixtures.clearJobs();
    Long userId = accounts.create("learner").id;
    String apiToken = apiTokens.create(userId, "e2e cli").token();
    NewRunnerToken token = tokens.create("e2e runner (api)");
    try (RunnerProcess runner = RunnerProcess.start(site, token.token())) {
      long jobId = submissions.submitThroughApi(apiToken, COURSE, SLUG, "config", CONFIG);
      List<String> events =
          submissions.followThroughApi(apiToken, jobId, runner, Duration.ofMinutes(6));
      assertTrue(events.contains("epoch"), events + "\n" + runner.output());
      given()
          .header("Authorization", "Bearer " + apiToken)
          .get("/api/v1/jobs/" + jobId)
          .then()
          .statusCode(200)
          .body("state", org.hamcrest.Matchers.equalTo("SUCCEEDED"));
      JsonPath mine =
          submissions.awaitOutcome(
              accounts.login(userId), COURSE, SLUG, runner, Duration.ofMinutes(1));
      assertEquals("SCORED", mine.getString("[0].status"), runner.output());
      assertEquals(jobId, mine.getLong("[0].jobId"));
      assertTrue(mine.getDouble("[0].publicScore") > 0.8, mine.prettify());
      given()
          .header("Authorization", "Bearer " + apiToken)
          .get("/api/v1/jobs/" + jobId + "/outputs/predictions.csv")
          .then()
          .statusCode(200);
    } finally {
      tokens.revoke(token.view().id());
    }
  }

  /**
   * A learner trains a network on their own machine (DL4J, with the trainer's jars), saves it with
   * ModelSerializer and uploads the zip; a real runner loads it in its sandbox, predicts the test
   * set and the platform scores it.
   */
  @Test
  void anUploadedModelZipIsScoredOnARealRunner() throws Exception {
    fixtures.importAll();
    fixtures.clearJobs();
    String learner = accounts.login(accounts.create("learner").id);
    Path zip = Files.createTempFile("model", ".zip");
    Process make =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                RunnerProcess.TRAINER_DIST.resolve("lib").toAbsolutePath() + "/*",
                "src/test/resources/e2e/MakeModel.java",
                "datasets/diem-3-lop/train.csv",
                zip.toString())
            .redirectErrorStream(true)
            .start();
    String made = new String(make.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, make.waitFor(), made);

    NewRunnerToken token = tokens.create("e2e runner (zip)");
    try (RunnerProcess runner = RunnerProcess.start(site, token.token())) {
      submissions.submitFile(learner, "co-ban", "mo-hinh", "dl4j-zip", zip);

      JsonPath submission =
          submissions.awaitOutcome(learner, "co-ban", "mo-hinh", runner, Duration.ofMinutes(4));
      assertEquals("SCORED", submission.getString("[0].status"), runner.output());
      Map<String, Integer> labels = testLabels();
      Map<String, Integer> predicted = submissions.predictions(submission.getLong("[0].jobId"));
      long right =
          labels.keySet().stream().filter(id -> labels.get(id).equals(predicted.get(id))).count();
      assertTrue(right > 0.8 * labels.size(), "the uploaded model predicts: " + right);
    } finally {
      tokens.revoke(token.view().id());
      Files.deleteIfExists(zip);
    }
  }

  private static Map<String, Integer> testLabels() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("datasets/diem-3-lop/test.csv"));
    List<String> header = List.of(lines.get(0).split(","));
    int id = header.indexOf("id");
    int label = header.indexOf("label");
    Map<String, Integer> labels = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      labels.put(cells[id], Integer.parseInt(cells[label]));
    }
    return labels;
  }

  /** Public score, private score, public rows, private rows of the job's submission. */
  double[] publicAndPrivate(long jobId) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT s.public_score, s.private_score,"
                        + " (SELECT count(*) FROM dataset_answer a WHERE a.dataset_id = d.id"
                        + "  AND a.public_row),"
                        + " (SELECT count(*) FROM dataset_answer a WHERE a.dataset_id = d.id"
                        + "  AND NOT a.public_row)"
                        + " FROM lab_submission s JOIN lab l ON l.id = s.lab_id"
                        + " JOIN dataset d ON d.slug = l.dataset_slug WHERE s.job_id = ?1")
                .setParameter(1, jobId)
                .getSingleResult();
    return new double[] {
      ((Number) row[0]).doubleValue(),
      ((Number) row[1]).doubleValue(),
      ((Number) row[2]).doubleValue(),
      ((Number) row[3]).doubleValue()
    };
  }

  long logEvents(long jobId, String text) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT count(*) FROM job_event WHERE job_id = ?1 AND type = 'log'"
                        + " AND payload::text LIKE ?2")
                .setParameter(1, jobId)
                .setParameter(2, "%" + text + "%")
                .getSingleResult())
        .longValue();
  }

  long epochEvents(long jobId) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT count(*) FROM job_event WHERE job_id = ?1 AND type = 'epoch'")
                .setParameter(1, jobId)
                .getSingleResult())
        .longValue();
  }
}
