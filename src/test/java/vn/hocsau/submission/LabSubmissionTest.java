package vn.hocsau.submission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.grading.ScoreText;
import vn.hocsau.lab.LabFixtures;
import vn.hocsau.support.Csrf;
import vn.hocsau.support.TestAccounts;

/** Submitting predictions to a lab, over the page and the API, against real PostgreSQL. */
@QuarkusTest
class LabSubmissionTest {

  static final String LAB = "/labs/nhap-mon-hoc-sau/phan-loai-diem";
  static final String API = "/api/v1/labs/nhap-mon-hoc-sau/phan-loai-diem";

  @Inject LabFixtures fixtures;
  @Inject TestAccounts accounts;

  private String learner;

  @BeforeEach
  void setUp() {
    List<String> problems = fixtures.importAll();
    assertEquals(List.of(), problems.stream().filter(p -> p.contains("/labs/")).toList());
    learner = accounts.login(accounts.create("learner").id);
  }

  private RequestSpecification as(String session) {
    return given().cookie(SessionCookie.NAME, session).redirects().follow(false);
  }

  /** The expected public and private accuracy when exactly {@code right} rows are right. */
  private static double[] expected(boolean[] right) {
    boolean[] pub = LabFixtures.publicRows(right.length, 0.3, 7);
    double[] hits = new double[2];
    double[] n = new double[2];
    for (int i = 0; i < right.length; i++) {
      int side = pub[i] ? 0 : 1;
      n[side]++;
      hits[side] += right[i] ? 1 : 0;
    }
    return new double[] {hits[0] / n[0], hits[1] / n[1]};
  }

  @Test
  void theLabPageShowsTheTextTheDataAndTheBaseline() {
    given()
        .get(LAB)
        .then()
        .statusCode(200)
        .body(containsString("Phân loại điểm trên mặt phẳng"))
        .body(containsString("train.csv"))
        .body(containsString("baseline"))
        .body(not(containsString("dataset-missing")))
        // The breadcrumb and the title name the course, not its slug.
        .body(containsString("<a href=\"/courses/nhap-mon-hoc-sau\">Nhập môn học sâu</a>"))
        .body(containsString("<title>Phân loại điểm trên mặt phẳng · Nhập môn học sâu ·"));
  }

  /** The metric is named for learners, in their language, on the lab page and its leaderboard. */
  @Test
  void theMetricIsNamedInThePageLanguage() {
    for (String path : new String[] {LAB, LAB + "/leaderboard"}) {
      given()
          .cookie("hs_lang", "vi")
          .get(path)
          .then()
          .statusCode(200)
          .body(containsString("Thước đo: độ chính xác (accuracy)"));
      given()
          .cookie("hs_lang", "en")
          .get(path)
          .then()
          .statusCode(200)
          .body(containsString("Metric: accuracy"));
    }
  }

  @Test
  void aPredictionsFileUploadedOnThePageIsScoredPublicAndPrivate() {
    boolean[] right = new boolean[150];
    for (int i = 0; i < right.length; i++) {
      right[i] = i % 5 != 0;
    }
    double[] want = expected(right);
    Csrf.with(as(learner))
        .contentType("multipart/form-data")
        .multiPart("file", "p.csv", LabFixtures.predictions(right), "text/csv")
        .multiPart("kind", "predictions")
        .multiPart("idempotency", "page-1")
        .post(LAB + "/submit")
        .then()
        .statusCode(200)
        .body(containsString("lab-flash"))
        // Shown as on the leaderboard, five decimals, not as a raw double like 0.8133333333333334.
        .body(containsString(": " + ScoreText.format(want[0]) + "</p>"));
    as(learner)
        .get(API + "/submissions")
        .then()
        .statusCode(200)
        .body("", hasSize(1))
        .body("[0].status", equalTo("SCORED"))
        .body("[0].publicScore", equalTo((float) want[0]))
        // The lab reveals private scores (a lab without a deadline has nothing to hide).
        .body("[0].privateScore", equalTo((float) want[1]));
  }

  @Test
  void anInvalidFileIsExplainedWithItsLineAndNotCharged() {
    byte[] bad = "id,prediction\n1000,1\n1001,x\n".getBytes(StandardCharsets.UTF_8);
    as(learner)
        .header("Accept-Language", "en")
        .multiPart("file", "p.csv", bad, "text/csv")
        .post(API + "/submissions")
        .then()
        .statusCode(422)
        .contentType("application/problem+json")
        .body("line", equalTo(3))
        .body("detail", containsString("3"));
    Csrf.with(as(learner))
        .contentType("multipart/form-data")
        .multiPart("file", "p.csv", bad, "text/csv")
        .post(LAB + "/submit")
        .then()
        .statusCode(422)
        .body(containsString("lab-error"));
    as(learner)
        .get(API + "/submissions")
        .then()
        .body("status", hasItem("INVALID"))
        .body("status", not(hasItem("SCORED")));
    as(learner).get(LAB).then().body(containsString("0/20"));
  }

  @Test
  void aKindTheLabDoesNotTakeOrThatDoesNotExistIsRefusedByName() {
    // phan-loai-diem takes predictions and config: java is a kind, exe is none.
    for (String kind : List.of("java", "exe")) {
      Csrf.with(as(learner))
          .header("Accept-Language", "en")
          .contentType("multipart/form-data")
          .multiPart("kind", kind)
          .multiPart("code", "class Model {}")
          .post(LAB + "/submit")
          .then()
          .statusCode(422)
          .body(containsString("This lab does not accept " + kind + " submissions."));
    }
    as(learner).get(API + "/submissions").then().body("", hasSize(0));
  }

  @Test
  void theSameIdempotencyKeyTwiceIsOneSubmission() {
    boolean[] right = new boolean[150];
    Arrays.fill(right, true);
    byte[] file = LabFixtures.predictions(right);
    for (int i = 0; i < 2; i++) {
      as(learner)
          .header("Idempotency-Key", "k-1")
          .multiPart("file", "p.csv", file, "text/csv")
          .post(API + "/submissions")
          .then()
          .statusCode(i == 0 ? 201 : 200)
          .body("status", equalTo("SCORED"))
          .body("publicScore", equalTo(1.0f));
    }
    as(learner).get(API + "/submissions").then().body("", hasSize(1));
  }

  @Test
  void theDailyLimitRefusesTheThirdAndAPassIsRecorded() {
    String api = "/api/v1/labs/co-ban/gioi-han/submissions";
    boolean[] right = new boolean[150];
    Arrays.fill(right, true);
    for (int i = 0; i < 3; i++) {
      as(learner)
          .multiPart("file", "p.csv", LabFixtures.predictions(right), "text/csv")
          .post(api)
          .then()
          .statusCode(i < 2 ? 201 : 429)
          .contentType(i < 2 ? "application/json" : "application/problem+json");
    }
    as(learner).get(api).then().body("", hasSize(2));
  }

  @Test
  void afterTheDeadlineSubmissionsAreRefused() {
    as(learner)
        .multiPart("file", "p.csv", LabFixtures.predictions(new boolean[150]), "text/csv")
        .post("/api/v1/labs/co-ban/het-han/submissions")
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:hocsau:lab:deadline-passed"));
  }

  @Test
  void aLabWhoseDatasetIsNotInstalledSaysSoAndRefuses() {
    given()
        .get("/labs/co-ban/thieu-du-lieu")
        .then()
        .statusCode(200)
        .body(containsString("dataset-missing"))
        .body(containsString("chua-cai"));
    as(learner)
        .multiPart("file", "p.csv", LabFixtures.predictions(new boolean[150]), "text/csv")
        .post("/api/v1/labs/co-ban/thieu-du-lieu/submissions")
        .then()
        .statusCode(409)
        .body("type", equalTo("urn:hocsau:lab:dataset-missing"));
  }

  @Test
  void aLearnerSeesOnlyTheirOwnSubmissionsAndNoHiddenPrivateScores() {
    boolean[] right = new boolean[150];
    Arrays.fill(right, true);
    as(learner)
        .multiPart("file", "p.csv", LabFixtures.predictions(right), "text/csv")
        .post(API + "/submissions")
        .then()
        .statusCode(201);
    String other = accounts.login(accounts.create("learner").id);
    as(other).get(API + "/submissions").then().statusCode(200).body("", hasSize(0));
    // The competition reveals nothing before its reveal time.
    String comp = "/api/v1/labs/nhap-mon-hoc-sau/thoi-trang/submissions";
    as(learner).get(comp).then().statusCode(200);
    assertTrue(as(learner).get(LAB).asString().contains(">1.00000</td>"), "the owner sees it");
    assertFalse(
        as(other).get(LAB).asString().contains(">1.00000</td>"), "another learner's score leaked");
  }

  @Test
  void theLabsListAndThePublicFilesHoldNoTestLabels() {
    given()
        .get("/api/v1/labs")
        .then()
        .statusCode(200)
        .body("slug", hasItem("phan-loai-diem"))
        .body("find { it.slug == 'thoi-trang' }.kind", equalTo("competition"))
        // The CLI's watch tells pass from fail with these.
        .body("find { it.slug == 'phan-loai-diem' }.passMark", equalTo(0.8f))
        .body("find { it.slug == 'phan-loai-diem' }.higherIsBetter", equalTo(true))
        .body("find { it.slug == 'thoi-trang' }.passMark", nullValue());
    String test =
        as(learner).get(API + "/files/test.csv").then().statusCode(200).extract().asString();
    assertTrue(test.startsWith("id,x1,x2\n"), test.substring(0, 20));
    assertEquals(151, test.split("\n").length);
    as(learner).get(API + "/files/train.csv").then().statusCode(200);
    as(learner).get(API + "/files/..%2Fdataset.yaml").then().statusCode(404);
    // Public data needs no token, as the lab page shows it to anonymous visitors.
    given().get(API + "/files/test.csv").then().statusCode(200);
    // The list the CLI downloads from: the two public files, never the answers.
    as(learner)
        .get(API + "/files")
        .then()
        .statusCode(200)
        .body("name", containsInAnyOrder("train.csv", "test.csv"))
        .body("find { it.name == 'test.csv' }.size", equalTo(test.getBytes().length))
        .body("find { it.name == 'test.csv' }.sha256", matchesPattern("[0-9a-f]{64}"));
    given().get(API + "/files").then().statusCode(200);
    as(learner).get("/api/v1/labs/nhap-mon-hoc-sau/khong-co/files").then().statusCode(404);
  }
}
