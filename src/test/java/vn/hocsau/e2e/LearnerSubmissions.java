package vn.hocsau.e2e;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

import io.restassured.path.json.JsonPath;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.support.Csrf;

/**
 * What the end-to-end tests do as a learner on a lab, through the real pages and API: submit code
 * or a config, wait for the platform's outcome while a {@link RunnerProcess} trains it, and read
 * the predictions the runner uploaded.
 */
@ApplicationScoped
class LearnerSubmissions {

  @Inject EntityManager em;

  /** Submits {@code code} of {@code kind} on the lab page, as the learner with that session. */
  void submitCode(String learner, String course, String slug, String kind, String code) {
    Csrf.with(given().cookie(SessionCookie.NAME, learner))
        .contentType("multipart/form-data")
        .multiPart("kind", kind)
        .multiPart("code", code)
        .post("/labs/" + course + "/" + slug + "/submit")
        .then()
        .statusCode(200);
  }

  /**
   * Uploads {@code file} as a submission of {@code kind} on the lab page, as a learner would pick
   * it in the form; the platform keeps the file's name (a Java class must be named after its file).
   */
  void submitFile(String learner, String course, String slug, String kind, Path file) {
    Csrf.with(given().cookie(SessionCookie.NAME, learner))
        .contentType("multipart/form-data")
        .multiPart("kind", kind)
        .multiPart("file", file.toFile(), "application/octet-stream")
        .post("/labs/" + course + "/" + slug + "/submit")
        .then()
        .statusCode(200);
  }

  /**
   * Submits pasted {@code code} of {@code kind} through the API with a personal API token, as the
   * CLI does; returns the id of the training job it queued.
   */
  long submitThroughApi(String token, String course, String slug, String kind, String code) {
    return given()
        .header("Authorization", "Bearer " + token)
        .multiPart("kind", kind)
        .multiPart("code", code)
        .post("/api/v1/labs/" + course + "/" + slug + "/submissions")
        .then()
        .statusCode(201)
        .extract()
        .jsonPath()
        .getLong("jobId");
  }

  /**
   * Follows a job through the API's events page, each call after the last cursor, until the job has
   * ended; returns the event types seen, in order. Fails with the runner's output when the runner
   * exits or {@code max} passes.
   */
  List<String> followThroughApi(String token, long jobId, RunnerProcess runner, Duration max)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(max);
    List<String> seen = new java.util.ArrayList<>();
    String after = "";
    while (Instant.now().isBefore(deadline)) {
      JsonPath page =
          given()
              .header("Authorization", "Bearer " + token)
              .queryParam("after", after)
              .get("/api/v1/jobs/" + jobId + "/events")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      seen.addAll(page.getList("events.type", String.class));
      after = page.getString("next");
      if (page.getBoolean("finished") && !page.getBoolean("more")) {
        return seen;
      }
      if (!runner.isAlive()) {
        fail("the runner exited:\n" + runner.output());
      }
      if (!page.getBoolean("more")) {
        Thread.sleep(500);
      }
    }
    fail("job " + jobId + " did not end within " + max + "; runner output:\n" + runner.output());
    return seen;
  }

  /**
   * The learner's submissions of the lab (newest first) once the newest is no longer {@code
   * PENDING}; fails with the runner's output when the runner exits or {@code max} passes.
   */
  JsonPath awaitOutcome(
      String learner, String course, String slug, RunnerProcess runner, Duration max)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(max);
    while (Instant.now().isBefore(deadline)) {
      JsonPath mine =
          given()
              .cookie(SessionCookie.NAME, learner)
              .get("/api/v1/labs/" + course + "/" + slug + "/submissions")
              .then()
              .statusCode(200)
              .extract()
              .jsonPath();
      if (!"PENDING".equals(mine.getString("[0].status"))) {
        return mine;
      }
      if (!runner.isAlive()) {
        fail("the runner exited:\n" + runner.output());
      }
      Thread.sleep(500);
    }
    fail("no outcome within " + max + "; runner output:\n" + runner.output());
    return null;
  }

  /** The predicted class of each test id in the job's uploaded {@code predictions.csv}. */
  Map<String, Integer> predictions(long jobId) {
    byte[] csv =
        (byte[])
            em.createNativeQuery(
                    "SELECT bytes FROM job_output WHERE job_id = ?1 AND name = 'predictions.csv'"
                        + " ORDER BY attempt DESC LIMIT 1")
                .setParameter(1, jobId)
                .getSingleResult();
    List<String> lines = List.of(new String(csv, StandardCharsets.UTF_8).split("\n"));
    Map<String, Integer> predicted = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.trim().split(",");
      int best = 1;
      for (int c = 2; c < cells.length; c++) {
        if (Double.parseDouble(cells[c]) > Double.parseDouble(cells[best])) {
          best = c;
        }
      }
      predicted.put(cells[0], cells.length == 2 ? Integer.parseInt(cells[1]) : best - 1);
    }
    return predicted;
  }
}
