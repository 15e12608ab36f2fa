package vn.hocsau.job.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
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
import vn.hocsau.job.JobState;
import vn.hocsau.job.Verdict;
import vn.hocsau.support.Csrf;
import vn.hocsau.support.TestAccounts;
import vn.hocsau.support.TestClock;

/** The job page: who may see it, what it shows while queued, running and finished, and cancel. */
@QuarkusTest
class JobPageTest {

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

  @Test
  void onlyTheOwnerAndStaffSeeAJob() {
    Long id = queue.enqueue(owner, "train", "{}", 0);
    as(owner).get("/jobs/" + id).then().statusCode(200);
    as(fixtures.learner()).get("/jobs/" + id).then().statusCode(404);
    as(fixtures.learner()).get("/jobs/" + id + "/events/stream").then().statusCode(404);
    as(accounts.create("instructor").id).get("/jobs/" + id).then().statusCode(200);
    as(accounts.create("admin").id).get("/jobs/" + id).then().statusCode(200);
    given().redirects().follow(false).get("/jobs/" + id).then().statusCode(401);
    as(owner).get("/jobs/" + (id + 1000)).then().statusCode(404);
  }

  @Test
  void aQueuedJobShowsItsFairShareplaceAndAnUnknownEstimateWithoutHistory() {
    Long other = fixtures.learner();
    queue.enqueue(other, "train", "{}", 0);
    queue.enqueue(other, "train", "{}", 0);
    Long mine = queue.enqueue(owner, "train", "{}", 0);
    Document page = page(owner, mine, "en");
    // The other learner's first job goes first; their second waits behind this learner's first.
    assertEquals("1 jobs ahead", page.getElementById("job-ahead").text());
    assertTrue(page.getElementById("job-eta").text().startsWith("unknown"));
    assertEquals("Waiting in the queue", page.getElementById("job-state").text());
    assertNotNull(page.getElementById("job-cancel"));
    assertNotNull(page.selectFirst("a[href=/jobs/" + mine + "]"), "refresh link without scripts");
  }

  @Test
  void theEstimateComesFromRecentRuns() {
    for (int seconds : new int[] {100, 300, 200}) {
      Long done = queue.enqueue(owner, "train", "{}", 0);
      JobAssignment job = claimOne();
      assertEquals(done, job.jobId());
      clock.advance(Duration.ofSeconds(seconds));
      attempts.finish(done, job.attempt(), runner, new Verdict(ErrorClass.OK, null));
    }
    Long waiting = queue.enqueue(owner, "train", "{}", 0);
    Document page = page(owner, waiting, "en");
    assertEquals("0 jobs ahead", page.getElementById("job-ahead").text());
    assertEquals("0:03:20", page.getElementById("job-eta").text(), "the median of 100, 200, 300 s");
  }

  @Test
  void aRunningJobShowsEpochsProgressAndASanitisedLogTail() throws Exception {
    Long id = queue.enqueue(owner, "train", "{}", 0);
    JobAssignment job = claimOne();
    events.append(
        id,
        job.attempt(),
        runner,
        List.of(
            event(0, "started", "{\"epochs\": 4}"),
            event(
                1,
                "epoch",
                "{\"epoch\": 1, \"epochs\": 4, \"loss\": 0.9,"
                    + " \"metrics\": {\"val_accuracy\": 0.5}}"),
            event(2, "log", "{\"message\": \"\\u001b[31mred\\u001b[0m and\\u0000nul\\u0007\"}"),
            event(3, "log", "{\"message\": \"<script>alert(1)</script>\"}"),
            event(4, "epoch", "{\"epoch\": 2, \"epochs\": 4, \"loss\": 0.5}")));
    Document page = page(owner, id, "vi");
    assertEquals("Đang chạy", page.getElementById("job-state").text());
    assertEquals(2, page.select("#job-events tbody tr[data-seq]").size());
    assertEquals("2", page.getElementById("job-progress").attr("value"));
    assertEquals("4", page.getElementById("job-progress").attr("max"));
    String log = page.getElementById("job-log").wholeText();
    assertTrue(log.contains("red andnul\n"), log);
    assertFalse(log.contains("\u001b") || log.contains("\u0000") || log.contains("\u0007"), log);
    assertTrue(log.contains("<script>alert(1)</script>"), "shown as text");
    assertTrue(page.select("#job-log script").isEmpty(), "never as markup");
    assertEquals("1:4", page.getElementById("job-chart").attr("data-last-seq"));
  }

  @Test
  void aFinishedJobExplainsItsVerdictInTheLearnersLanguage() {
    Long id = queue.enqueue(owner, "train", "{}", 0);
    JobAssignment job = claimOne();
    attempts.finish(id, job.attempt(), runner, new Verdict(ErrorClass.MEMORY_LIMIT, "OOM at 2 GB"));
    Document en = page(owner, id, "en");
    assertTrue(en.getElementById("job-verdict").text().contains("ran out of memory"));
    assertTrue(en.getElementById("job-verdict").text().contains("OOM at 2 GB"));
    assertNull(en.getElementById("job-cancel"), "nothing to cancel");
    Document vi = page(owner, id, "vi");
    assertTrue(vi.getElementById("job-verdict").text().contains("Vượt quá bộ nhớ"));
  }

  @Test
  void theOwnerCancelsFromThePageAndOthersCannot() {
    Long id = queue.enqueue(owner, "train", "{}", 0);
    Csrf.with(as(fixtures.learner())).post("/jobs/" + id + "/cancel").then().statusCode(404);
    assertEquals(JobState.QUEUED, fixtures.job(id).state());
    as(owner)
        .contentType("application/x-www-form-urlencoded")
        .formParam("x", "1")
        .post("/jobs/" + id + "/cancel")
        .then()
        .statusCode(403);
    assertEquals(JobState.QUEUED, fixtures.job(id).state(), "no CSRF token, no cancel");
    Csrf.with(as(owner)).post("/jobs/" + id + "/cancel").then().statusCode(303);
    assertEquals(JobState.CANCELLED, fixtures.job(id).state());

    Long running = queue.enqueue(owner, "train", "{}", 0);
    claimOne();
    Csrf.with(as(owner)).post("/jobs/" + running + "/cancel").then().statusCode(303);
    assertTrue(fixtures.job(running).cancelRequested());
    assertTrue(page(owner, running, "en").text().contains("cancel requested"));
  }

  private JobAssignment claimOne() {
    List<JobAssignment> claimed = queue.claim(runner, 1, Duration.ZERO);
    assertEquals(1, claimed.size());
    return claimed.get(0);
  }

  private JobEventLog.Input event(long seq, String type, String data) {
    try {
      return new JobEventLog.Input(seq, type, json.readTree(data));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private Document page(Long user, Long id, String language) {
    String html =
        as(user)
            .header("Accept-Language", language)
            .get("/jobs/" + id)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    return Jsoup.parse(html);
  }

  private RequestSpecification as(Long user) {
    return given().redirects().follow(false).cookie(SessionCookie.NAME, accounts.login(user));
  }
}
