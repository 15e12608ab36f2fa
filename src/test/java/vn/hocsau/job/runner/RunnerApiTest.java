package vn.hocsau.job.runner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.job.JobEventLog;
import vn.hocsau.job.JobFixtures;
import vn.hocsau.job.JobOutputs;
import vn.hocsau.job.JobQueue;
import vn.hocsau.job.JobState;
import vn.hocsau.job.QueueConfig;
import vn.hocsau.support.TestAccounts;
import vn.hocsau.support.TestClock;

/** The runner API over HTTP: a whole run, its refusals as problem+json, and the token checks. */
@QuarkusTest
class RunnerApiTest {

  private static final String API = "/api/runner/v1";

  @Inject JobQueue queue;
  @Inject JobEventLog events;
  @Inject JobOutputs outputs;
  @Inject RunnerTokenService tokens;
  @Inject QueueConfig config;
  @Inject JobFixtures fixtures;
  @Inject TestAccounts accounts;
  @Inject TestClock clock;

  private String token;
  private Long learner;

  @BeforeEach
  void setUp() {
    fixtures.clearJobs();
    token = fixtures.runnerToken();
    learner = fixtures.learner();
  }

  @Test
  void aRunnerClaimsReportsAndFinishesAJob() {
    Long id = queue.enqueue(learner, "train", "{\"submission\": {\"id\": 42}}", 0);

    runner()
        .body("{\"maxJobs\": 2, \"waitSeconds\": 0, \"resources\": [\"cpu\"]}")
        .post(API + "/claim")
        .then()
        .statusCode(200)
        .body("jobs", hasSize(1))
        .body("jobs[0].jobId", equalTo(id.intValue()))
        .body("jobs[0].attempt", equalTo(1))
        .body("jobs[0].payload.submission.id", equalTo(42));
    runner()
        .body("{\"attempt\": 1}")
        .post(API + "/jobs/" + id + "/heartbeat")
        .then()
        .statusCode(200)
        .body("cancelled", equalTo(false));
    runner()
        .body(
            """
            {"attempt": 1, "events": [
              {"seq": 0, "type": "started", "data": {}},
              {"seq": 1, "type": "epoch", "data": {"epoch": 1, "loss": 0.7}}]}
            """)
        .post(API + "/jobs/" + id + "/events")
        .then()
        .statusCode(200)
        .body("accepted", equalTo(2));
    byte[] predictions = "id,label\n1,3\n".getBytes(StandardCharsets.UTF_8);
    upload(id, "predictions.csv", 1, predictions)
        .statusCode(200)
        .body("size", equalTo(predictions.length));
    String finish = "{\"attempt\": 1, \"errorClass\": \"OK\", \"message\": null}";
    runner().body(finish).post(API + "/jobs/" + id + "/finish").then().statusCode(200);
    runner()
        .body(finish)
        .post(API + "/jobs/" + id + "/finish")
        .then()
        .statusCode(200)
        .body("state", equalTo("SUCCEEDED"))
        .body("errorClass", equalTo("OK"));

    assertEquals(JobState.SUCCEEDED, fixtures.job(id).state());
    assertEquals(2, events.list(id, 1, -1).size());
    assertArrayEquals(predictions, outputs.read(id, 1, "predictions.csv").orElseThrow());
  }

  @Test
  void aStaleAttemptGetsAConflictProblem() {
    Long id = queue.enqueue(learner, "train", "{}", 0);
    queue.claim(runnerId(), 1, Duration.ZERO);
    runner()
        .header("Accept-Language", "en")
        .body("{\"attempt\": 7}")
        .post(API + "/jobs/" + id + "/heartbeat")
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:hocsau:runner:stale-attempt"))
        .body("detail", containsString("Attempt 7 of job " + id));
  }

  @Test
  void eventsAreValidatedAndARetriedBatchIsStoredOnce() {
    Long id = claimedJob();
    String batch =
        """
        {"attempt": 1, "events": [{"seq": 5, "type": "log", "data": {"line": "hi"}}]}""";
    runner().body(batch).post(API + "/jobs/" + id + "/events").then().statusCode(200);
    runner()
        .body(batch)
        .post(API + "/jobs/" + id + "/events")
        .then()
        .statusCode(200)
        .body("accepted", equalTo(0))
        .body("duplicates", equalTo(1));
    assertEquals(1, events.list(id, 1, -1).size());

    postEvents(id, "[{\"seq\": 6, \"type\": \"shell\", \"data\": {}}]")
        .statusCode(400)
        .body("type", equalTo("urn:hocsau:runner:invalid-events"));
    String big = "x".repeat(config.eventMaxBytes());
    postEvents(id, "[{\"seq\": 6, \"type\": \"log\", \"data\": {\"line\": \"" + big + "\"}}]")
        .statusCode(400);
    postEvents(
            id, "[{\"seq\": 7, \"type\": \"log\", \"data\": {}}, {\"seq\": 7, \"type\": \"log\"}]")
        .statusCode(400);
    postEvents(id, "[]").statusCode(400);
    postEvents(id, logLines(100, config.eventsPerBatch() + 1)).statusCode(400);
    assertEquals(1, events.list(id, 1, -1).size(), "refused batches store nothing");
  }

  @Test
  void aJobSendingTooManyEventsIsSlowedDown() {
    Long id = claimedJob();
    int perBatch = config.eventsPerBatch();
    int batches = config.eventsPerMinute() / perBatch;
    for (int b = 0; b < batches; b++) {
      postEvents(id, logLines(b * perBatch, perBatch)).statusCode(200);
    }
    String over = logLines(batches * perBatch, perBatch);
    postEvents(id, over).statusCode(429).body("type", equalTo("urn:hocsau:runner:event-rate"));
    clock.advance(Duration.ofSeconds(61));
    postEvents(id, over).statusCode(200).body("accepted", equalTo(perBatch));
  }

  @Test
  void outputsAreCappedAndNamedSafely() {
    Long id = claimedJob();
    upload(id, "log.txt", 1, new byte[config.outputMaxBytes()]).statusCode(200);
    upload(id, "big.bin", 1, new byte[config.outputMaxBytes() + 1])
        .statusCode(413)
        .body("type", equalTo("urn:hocsau:runner:output-limit"));
    for (String bad : List.of("Predictions.csv", ".hidden", "a%20b", "x".repeat(65))) {
      upload(id, bad, 1, new byte[1]).statusCode(400);
    }
    upload(id, "b.txt", 1, new byte[1]).statusCode(200);
    upload(id, "c.txt", 1, new byte[1]).statusCode(200);
    upload(id, "c.txt", 1, new byte[2]).statusCode(200); // replacing is not another file
    upload(id, "d.txt", 1, new byte[1]).statusCode(413);
    upload(id, "e.txt", 2, new byte[1]).statusCode(409);
    assertEquals(2, outputs.read(id, 1, "c.txt").orElseThrow().length);
  }

  @Test
  void badClaimsAndBodiesGetBadRequest() {
    runner().body("{\"waitSeconds\": 31}").post(API + "/claim").then().statusCode(400);
    runner()
        .body("{\"resources\": [\"tpu\"]}")
        .post(API + "/claim")
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:hocsau:runner:invalid-claim"));
    runner().body("{not json").post(API + "/claim").then().statusCode(400);
    Long id = claimedJob();
    runner()
        .body("{\"attempt\": 1, \"errorClass\": \"PWNED\"}")
        .post(API + "/jobs/" + id + "/finish")
        .then()
        .statusCode(400);
  }

  @Test
  void aMissingGarbageOrRevokedTokenIsUnauthorized() {
    given().contentType(ContentType.JSON).body("{}").post(API + "/claim").then().statusCode(401);
    for (String bad : List.of("hsr_garbage", "not-ours", "hsr_" + "A".repeat(43))) {
      given()
          .header("Authorization", "Bearer " + bad)
          .contentType(ContentType.JSON)
          .body("{}")
          .post(API + "/claim")
          .then()
          .statusCode(401)
          .contentType("application/problem+json");
    }
    NewRunnerToken revoked = tokens.create("old runner");
    tokens.revoke(revoked.view().id());
    given()
        .header("Authorization", "Bearer " + revoked.token())
        .contentType(ContentType.JSON)
        .body("{}")
        .post(API + "/claim")
        .then()
        .statusCode(401);
  }

  @Test
  void aSignedInUserIsForbiddenOnTheRunnerApi() {
    var admin = accounts.create("admin");
    given()
        .cookie(SessionCookie.NAME, accounts.login(admin.id))
        .contentType(ContentType.JSON)
        .body("{}")
        .post(API + "/claim")
        .then()
        .statusCode(403);
  }

  @Test
  void aRunnerTokenIsNoLoginForPages() {
    given()
        .header("Authorization", "Bearer " + token)
        .redirects()
        .follow(false)
        .get("/profile")
        .then()
        .statusCode(401);
  }

  @Test
  void usingATokenRecordsWhenItWasLastSeen() {
    runner().body("{}").post(API + "/claim").then().statusCode(200);
    Long id = runnerId();
    assertTrue(tokens.list().stream().anyMatch(t -> t.id().equals(id) && t.lastSeenAt() != null));
  }

  private Long claimedJob() {
    Long id = queue.enqueue(learner, "train", "{}", 0);
    runner().body("{}").post(API + "/claim").then().statusCode(200).body("jobs", hasSize(1));
    return id;
  }

  private ValidatableResponse postEvents(Long id, String events) {
    return runner()
        .body("{\"attempt\": 1, \"events\": " + events + "}")
        .post(API + "/jobs/" + id + "/events")
        .then();
  }

  private static String logLines(int firstSeq, int count) {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < count; i++) {
      json.append(i == 0 ? "" : ",")
          .append("{\"seq\": ")
          .append(firstSeq + i)
          .append(", \"type\": \"log\", \"data\": {\"line\": \"epoch\"}}");
    }
    return json.append("]").toString();
  }

  private ValidatableResponse upload(Long id, String name, int attempt, byte[] bytes) {
    return given()
        .header("Authorization", "Bearer " + token)
        .contentType(ContentType.BINARY)
        .queryParam("attempt", attempt)
        .body(bytes)
        .urlEncodingEnabled(false)
        .put(API + "/jobs/" + id + "/outputs/" + name)
        .then();
  }

  private RequestSpecification runner() {
    return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
  }

  private Long runnerId() {
    return tokens.authenticate(token).orElseThrow().id();
  }
}
