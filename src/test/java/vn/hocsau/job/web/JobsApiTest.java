package vn.hocsau.job.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hocsau.account.apitoken.ApiTokenService;
import vn.hocsau.job.ErrorClass;
import vn.hocsau.job.JobAssignment;
import vn.hocsau.job.JobAttempts;
import vn.hocsau.job.JobEventLog;
import vn.hocsau.job.JobFixtures;
import vn.hocsau.job.JobOutputs;
import vn.hocsau.job.JobQueue;
import vn.hocsau.job.Verdict;
import vn.hocsau.support.TestAccounts;

/**
 * The jobs API: the caller's list, one job, cancel, events after a cursor and as SSE, log tail,
 * outputs and a comparison; and another learner's job answering 404 on every route.
 */
@QuarkusTest
class JobsApiTest {

  static final String API = "/api/v1/jobs";

  @Inject JobQueue queue;
  @Inject JobAttempts attempts;
  @Inject JobEventLog events;
  @Inject JobOutputs outputs;
  @Inject JobFixtures fixtures;
  @Inject TestAccounts accounts;
  @Inject ApiTokenService tokens;
  @Inject ObjectMapper json;

  private final Map<Long, String> issued = new HashMap<>();
  private Long owner;
  private Long runner;

  @BeforeEach
  void setUp() {
    fixtures.clearJobs();
    owner = fixtures.learner();
    runner = fixtures.runner();
  }

  @Test
  void anotherLearnersJobIsNotFoundOnEveryRouteWhileTheOwnerAndStaffReadIt() {
    Long id = trainedJob();
    Long mine = queue.enqueue(owner, "train", "{}", 0);
    Long intruder = fixtures.learner();
    List<String> reads =
        List.of(
            "/" + id,
            "/" + id + "/events",
            "/" + id + "/events?after=1:0",
            "/" + id + "/log",
            "/" + id + "/outputs",
            "/" + id + "/outputs/predictions.csv",
            "/" + id + "/events/stream",
            "/compare?id=" + id + "&id=" + mine);
    for (String read : reads) {
      bearer(intruder)
          .get(API + read)
          .then()
          .statusCode(404)
          .contentType("application/problem+json");
    }
    bearer(intruder).post(API + "/" + id + "/cancel").then().statusCode(404);
    // Not even a job the intruder compares with one of their own.
    Long theirs = queue.enqueue(intruder, "train", "{}", 0);
    bearer(intruder).get(API + "/compare?id=" + theirs + "," + id).then().statusCode(404);
    assertEquals(
        List.of(theirs.intValue()), bearer(intruder).get(API).jsonPath().getList("jobs.id"));
    assertEquals("SUCCEEDED", fixtures.job(id).state().name());

    bearer(owner).get(API + "/" + id).then().statusCode(200).body("id", equalTo(id.intValue()));
    bearer(accounts.create("instructor").id).get(API + "/" + id).then().statusCode(200);
    bearer(accounts.create("admin").id).get(API + "/" + id + "/log").then().statusCode(200);
    given().get(API + "/" + id).then().statusCode(401);
    given().header("Authorization", "Bearer hs_nothing").get(API).then().statusCode(401);
  }

  @Test
  void theOwnerListsReadsAndCancelsJobs() {
    Long done = trainedJob();
    Long queued = queue.enqueue(owner, "train", "{}", 0);
    JsonPath list = bearer(owner).get(API).then().statusCode(200).extract().jsonPath();
    assertEquals(List.of(queued.intValue(), done.intValue()), list.getList("jobs.id"));
    assertEquals("QUEUED", list.getString("jobs[0].state"));
    assertEquals("SUCCEEDED", list.getString("jobs[1].state"));
    assertEquals("val_accuracy 0.7500", list.getString("jobs[1].bestMetric"));
    assertEquals(2, list.getInt("total"));

    bearer(owner)
        .header("Accept-Language", "en")
        .get(API + "/" + done)
        .then()
        .statusCode(200)
        .header("Cache-Control", "no-store")
        .body("state", equalTo("SUCCEEDED"))
        .body("stateLabel", equalTo("Succeeded"))
        .body("epoch", equalTo(2));
    bearer(owner)
        .get(API + "/" + done + "?lang=vi")
        .then()
        .body("stateLabel", equalTo("Hoàn thành"));

    bearer(owner)
        .post(API + "/" + queued + "/cancel")
        .then()
        .statusCode(200)
        .body("state", equalTo("CANCELLED"));
    // An ended job is left as it is.
    bearer(owner)
        .post(API + "/" + done + "/cancel")
        .then()
        .statusCode(200)
        .body("state", equalTo("SUCCEEDED"));
  }

  @Test
  void eventsComeAsAPageAfterACursorAndAsSse() {
    Long id = trainedJob();
    JsonPath all = bearer(owner).get(API + "/" + id + "/events").jsonPath();
    assertEquals(List.of("started", "epoch", "log", "epoch"), all.getList("events.type"));
    assertEquals("1:0", all.getString("events[0].id"));
    assertEquals("1:3", all.getString("next"));
    assertTrue(all.getBoolean("finished"));
    assertFalse(all.getBoolean("more"));
    // Log lines leave sanitised, as on the page's stream.
    assertEquals(List.of("red andnul"), all.getList("events[2].data.lines"));
    assertEquals(0.9f, all.getFloat("events[1].data.loss"));

    JsonPath after = bearer(owner).get(API + "/" + id + "/events?after=1:1").jsonPath();
    assertEquals(List.of(2, 3), after.getList("events.seq"));
    JsonPath none = bearer(owner).get(API + "/" + id + "/events?after=" + "1:3").jsonPath();
    assertEquals(0, none.getList("events").size());
    assertEquals("1:3", none.getString("next"));

    String sse =
        bearer(owner)
            .header("Last-Event-ID", "1:2")
            .get(API + "/" + id + "/events/stream")
            .then()
            .statusCode(200)
            .contentType(containsString("text/event-stream"))
            .extract()
            .asString();
    assertFalse(sse.contains("id:1:1") || sse.contains("id: 1:1"), sse);
    assertTrue(sse.contains("1:3"), sse);
    assertTrue(sse.contains("event:end") || sse.contains("event: end"), sse);
  }

  @Test
  void logTailOutputsAndComparison() {
    Long a = trainedJob();
    Long b = trainedJob();
    bearer(owner)
        .get(API + "/" + a + "/log")
        .then()
        .statusCode(200)
        .body("lines", equalTo(List.of("red andnul")));
    bearer(owner)
        .get(API + "/" + a + "/outputs")
        .then()
        .statusCode(200)
        .body("name", equalTo(List.of("predictions.csv")))
        .body("[0].size", equalTo(8));
    byte[] got =
        bearer(owner)
            .get(API + "/" + a + "/outputs/predictions.csv")
            .then()
            .statusCode(200)
            .header("Content-Disposition", containsString("predictions.csv"))
            .extract()
            .asByteArray();
    assertArrayEquals("id,y\n1,0".getBytes(StandardCharsets.UTF_8), got);
    bearer(owner).get(API + "/" + a + "/outputs/..%2Fjob.json").then().statusCode(404);
    bearer(owner).get(API + "/" + a + "/outputs/missing.csv").then().statusCode(404);

    JsonPath cmp =
        bearer(owner)
            .get(API + "/compare?id=" + a + "&id=" + b)
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(List.of(a.intValue(), b.intValue()), cmp.getList("jobs.id"));
    assertEquals(List.of(1, 2), cmp.getList("jobs[1].losses.epoch"));
    assertTrue(cmp.getBoolean("diffs[0].same"));
    bearer(owner)
        .header("Accept-Language", "en")
        .get(API + "/compare?id=" + a)
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:hocsau:job:compare-count"))
        .body("detail", containsString("between 2 and 8"));
    bearer(owner).get(API + "/compare?id=" + a + ",x").then().statusCode(400);
  }

  /** A job of the owner's that trained two epochs, logged a line and uploaded predictions. */
  private Long trainedJob() {
    Long id = queue.enqueue(owner, "train", "{\"submission\": {\"text\": \"a: 1\\n\"}}", 0);
    List<JobAssignment> claimed = queue.claim(runner, 1, Duration.ZERO);
    JobAssignment job =
        claimed.stream().filter(j -> j.jobId().equals(id)).findFirst().orElseThrow();
    events.append(
        id,
        job.attempt(),
        runner,
        List.of(
            event(0, "started", "{\"epochs\": 2}"),
            event(
                1,
                "epoch",
                "{\"epoch\": 1, \"epochs\": 2, \"loss\": 0.9, \"metrics\": {\"val_accuracy\": 0.5}}"),
            event(2, "log", "{\"message\": \"\\u001b[31mred\\u001b[0m and\\u0000nul\\u0007\"}"),
            event(
                3,
                "epoch",
                "{\"epoch\": 2, \"epochs\": 2, \"loss\": 0.5, \"metrics\": {\"val_accuracy\": 0.75}}")));
    outputs.store(
        id, job.attempt(), runner, "predictions.csv", "id,y\n1,0".getBytes(StandardCharsets.UTF_8));
    attempts.finish(id, job.attempt(), runner, new Verdict(ErrorClass.OK, null));
    return id;
  }

  private JobEventLog.Input event(long seq, String type, String data) {
    try {
      return new JobEventLog.Input(seq, type, json.readTree(data));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A request with a personal API token of {@code user}, as the CLI sends (one per user). */
  private RequestSpecification bearer(Long user) {
    String token = issued.computeIfAbsent(user, id -> tokens.create(id, "jobs api test").token());
    return given().header("Authorization", "Bearer " + token).redirects().follow(false);
  }
}
