package vn.hocsau.submission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.job.runner.RunnerTokenService;
import vn.hocsau.lab.LabFixtures;
import vn.hocsau.support.Csrf;
import vn.hocsau.support.TestAccounts;
import vn.hocsau.system.GetRoutes;
import vn.hocsau.system.Sha256;

/** Config submissions train through the real runner API, and no route or blob hands out labels. */
@QuarkusTest
class LabTrainingTest {

  static final String LAB = "/labs/nhap-mon-hoc-sau/phan-loai-diem";
  static final String API = "/api/v1/labs/nhap-mon-hoc-sau/phan-loai-diem";
  static final String RUNNER = "/api/runner/v1";

  @Inject LabFixtures fixtures;
  @Inject TestAccounts accounts;
  @Inject RunnerTokenService tokens;
  @Inject jakarta.persistence.EntityManager em;

  private String learner;
  private String token;

  @BeforeEach
  void setUp() {
    fixtures.importAll();
    fixtures.clearJobs();
    learner = accounts.login(accounts.create("learner").id);
    token = tokens.create("lab test").token();
  }

  private RequestSpecification runner() {
    return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
  }

  private RequestSpecification as(String session) {
    return given().cookie(SessionCookie.NAME, session).redirects().follow(false);
  }

  @Test
  void aConfigSubmissionTrainsOnARunnerAndItsPredictionsAreScored() {
    Csrf.with(as(learner))
        .contentType("multipart/form-data")
        .multiPart("kind", "config")
        .multiPart("code", "layers:\n  - dense: {units: 8}\n")
        .post(LAB + "/submit")
        .then()
        .statusCode(200);
    JsonPath claim =
        runner()
            .body("{\"maxJobs\": 1}")
            .post(RUNNER + "/claim")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    int jobId = claim.getInt("jobs[0].jobId");
    Map<String, Object> payload = claim.getMap("jobs[0].payload");
    assertEquals("config", claim.getString("jobs[0].payload.submission.kind"));
    List<String> roles = claim.getList("jobs[0].payload.dataset.files.role");
    assertEquals(List.of("train-features", "test-features"), roles);
    assertFalse(payload.toString().contains("label\""), payload.toString());
    String trainSha = claim.getString("jobs[0].payload.dataset.files[0].sha256");

    // The runner may fetch what the payload names, and nothing else.
    byte[] train =
        runner().get(RUNNER + "/blobs/" + trainSha).then().statusCode(200).extract().asByteArray();
    assertEquals(trainSha, Sha256.hex(train));
    byte[] withLabels = read(LabFixtures.TEST_CSV);
    runner().get(RUNNER + "/blobs/" + Sha256.hex(withLabels)).then().statusCode(404);
    runner().get(RUNNER + "/blobs/" + "0".repeat(64)).then().statusCode(404);
    runner().get(RUNNER + "/blobs/not-a-hash").then().statusCode(404);
    as(learner).get(RUNNER + "/blobs/" + trainSha).then().statusCode(403);

    boolean[] right = new boolean[150];
    Arrays.fill(right, true);
    byte[] predictions = LabFixtures.predictions(right);
    runner()
        .contentType(ContentType.BINARY)
        .queryParam("attempt", 1)
        .body(predictions)
        .put(RUNNER + "/jobs/" + jobId + "/outputs/predictions.csv")
        .then()
        .statusCode(200);
    // A predictions file is not a servable blob, even once uploaded.
    runner().get(RUNNER + "/blobs/" + Sha256.hex(predictions)).then().statusCode(404);
    runner()
        .body("{\"attempt\": 1, \"errorClass\": \"OK\", \"message\": null}")
        .post(RUNNER + "/jobs/" + jobId + "/finish")
        .then()
        .statusCode(200);
    as(learner)
        .get(API + "/submissions")
        .then()
        .statusCode(200)
        .body("[0].status", equalTo("SCORED"))
        .body("[0].jobId", equalTo(jobId))
        .body("[0].publicScore", equalTo(1.0f));
  }

  @Test
  void aJobLostByThePlatformFailsTheSubmissionWithoutCharging() {
    as(learner)
        .header("Idempotency-Key", "x")
        .multiPart("file", "p.csv", LabFixtures.predictions(new boolean[150]), "text/csv")
        .post(API + "/submissions")
        .then()
        .statusCode(201);
    Csrf.with(as(learner))
        .contentType("multipart/form-data")
        .multiPart("kind", "config")
        .multiPart("code", "layers:\n  - dense: {units: 8}\n")
        .post(LAB + "/submit")
        .then()
        .statusCode(200);
    int jobId =
        runner()
            .body("{}")
            .post(RUNNER + "/claim")
            .then()
            .extract()
            .jsonPath()
            .getInt("jobs[0].jobId");
    runner()
        .body("{\"attempt\": 1, \"errorClass\": \"CONFIG_ERROR\", \"message\": \"bad\"}")
        .post(RUNNER + "/jobs/" + jobId + "/finish")
        .then()
        .statusCode(200);
    as(learner).get(API + "/submissions").then().body("[0].status", equalTo("FAILED"));
    as(learner).get(LAB).then().body(org.hamcrest.Matchers.containsString("1/20"));
  }

  /**
   * The trainer's exit status is the learner's to choose: Java code can train for the whole wall
   * time and then exit with the status of a config error. Only a quick refusal is free; a long one
   * counts against the daily limit and is charged, by the one rule both use.
   */
  @Test
  void aConfigErrorAfterLongTrainingCountsAgainstTheDailyLimitAndIsCharged() {
    int quick = submitConfigAndClaim();
    finishWith(quick, "CONFIG_ERROR", "{\"wallSeconds\": 3}");
    int slow = submitConfigAndClaim();
    finishWith(slow, "CONFIG_ERROR", "{\"wallSeconds\": 600}");
    as(learner)
        .header("Accept-Language", "en")
        .get(LAB)
        .then()
        .body(org.hamcrest.Matchers.containsString("Submissions today: 1 of 20."));
    // The quick refusal says so beside its time; the slow one is charged like any run.
    assertEquals("0:00:00 · not charged", computeShown(quick));
    assertEquals("0:10:00", computeShown(slow));
    as(learner)
        .get(API + "/submissions")
        .then()
        .body("status", equalTo(List.of("FAILED", "FAILED")));
  }

  private int submitConfigAndClaim() {
    Csrf.with(as(learner))
        .contentType("multipart/form-data")
        .multiPart("kind", "config")
        .multiPart("code", "layers:\n  - dense: {units: 8}\n")
        .post(LAB + "/submit")
        .then()
        .statusCode(200);
    return runner()
        .body("{}")
        .post(RUNNER + "/claim")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getInt("jobs[0].jobId");
  }

  private void finishWith(int jobId, String errorClass, String usage) {
    runner()
        .body(
            "{\"attempt\": 1, \"errorClass\": \""
                + errorClass
                + "\", \"message\": \"exit 2\", \"usage\": "
                + usage
                + "}")
        .post(RUNNER + "/jobs/" + jobId + "/finish")
        .then()
        .statusCode(200);
  }

  private String computeShown(int jobId) {
    String page =
        as(learner)
            .header("Accept-Language", "en")
            .get("/jobs/" + jobId)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    var compute = org.jsoup.Jsoup.parse(page).getElementById("job-compute");
    compute.select(".muted").remove();
    return compute.text().strip();
  }

  @Test
  void noGetRouteReturnsTheTestLabelsToAnyone() {
    List<String> labelled =
        Arrays.stream(new String(read(LabFixtures.TEST_CSV)).split("\n")).skip(1).toList();
    List<String> templates = GetRoutes.templates();
    assertTrue(templates.contains("/api/runner/v1/blobs/{sha256}"), templates.toString());
    String admin = accounts.login(accounts.create("admin").id);
    String trainSha = Sha256.hex(read(java.nio.file.Path.of("datasets/diem-3-lop/train.csv")));
    int checked = 0;
    for (String template : templates) {
      boolean lab = template.contains("{course}");
      String path =
          template
              .replace("{course}", "nhap-mon-hoc-sau")
              .replace("{slug}", lab ? "phan-loai-diem" : "nhap-mon-hoc-sau")
              .replace("{code}", "en")
              .replace("{lesson}", "chao")
              .replace("{module}", "mo-dau")
              .replace("{path: .+}", "img/hinh.svg")
              .replace("{name}", "test.csv")
              .replace("{sha256}", trainSha)
              .replace("{list}", "1")
              .replace("{id}", "1");
      List<RequestSpecification> visitors =
          List.of(
              given(), as(learner), as(admin), given().header("Authorization", "Bearer " + token));
      for (RequestSpecification visitor : visitors) {
        String body = visitor.redirects().follow(false).get(path).asString();
        checked++;
        for (String line : labelled) {
          assertFalse(
              body.contains(line.strip()), path + " returned the labelled test row " + line);
        }
      }
    }
    assertTrue(checked >= 4 * 10, "too few routes checked: " + checked);
  }

  private static byte[] read(java.nio.file.Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
