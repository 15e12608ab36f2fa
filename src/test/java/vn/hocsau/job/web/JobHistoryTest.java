package vn.hocsau.job.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
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

/** The experiment history and the side-by-side comparison: own jobs only, escaped diffs. */
@QuarkusTest
class JobHistoryTest {

  @Inject JobQueue queue;
  @Inject JobAttempts attempts;
  @Inject JobEventLog events;
  @Inject JobFixtures fixtures;
  @Inject TestAccounts accounts;
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
  void theHistoryListsOnlyTheLearnersJobsNewestFirstInPages() {
    List<Long> mine = new ArrayList<>();
    for (int i = 0; i < JobHistory.PAGE_SIZE + 3; i++) {
      mine.add(queue.enqueue(owner, "train", "{}", 0));
    }
    Long theirs = queue.enqueue(fixtures.learner(), "train", "{}", 0);
    Document first = page("/jobs");
    List<String> links = first.select("#jobs tbody tr td:first-child a").eachText();
    assertEquals(JobHistory.PAGE_SIZE, links.size());
    assertEquals("#" + mine.get(mine.size() - 1), links.get(0), "newest first");
    assertFalse(first.text().contains("#" + theirs));
    assertNotNull(first.selectFirst("a[rel=next]"));
    Document second = page("/jobs?page=2");
    assertEquals(3, second.select("#jobs tbody tr").size());
    assertEquals("#" + mine.get(0), second.select("#jobs tbody tr td:first-child a").last().text());
  }

  @Test
  void aFinishedJobShowsItsVerdictBestMetricAndDuration() throws Exception {
    Long id = ran(null, List.of(0.9, 0.5, 0.7), ErrorClass.OK);
    Document history = page("/jobs");
    String row = history.select("#jobs tbody tr").first().text();
    assertTrue(row.contains("#" + id), row);
    assertTrue(row.contains("OK"), row);
    assertTrue(row.contains("val_accuracy 0.8000"), "the best of 0.6, 0.8, 0.7: " + row);
  }

  @Test
  void twoSubmissionsAreComparedLineByLineWithEscapedText() throws Exception {
    Long a = ran("layers:\n  - dense: {units: 64}\nepochs: 3", List.of(1.0, 0.8), ErrorClass.OK);
    Long b =
        ran(
            "layers:\n  - dense: {units: 128}\n<script>alert(1)</script>\nepochs: 3",
            List.of(0.9, 0.6, 0.4),
            ErrorClass.OK);
    Document page = page("/jobs/compare?a=" + a + "&b=" + b);
    List<String> rows = page.select("#diff tbody tr").eachAttr("class");
    assertEquals(
        List.of("diff-same", "diff-removed", "diff-added", "diff-added", "diff-same"), rows);
    assertTrue(page.select("#diff script").isEmpty(), "learner text is never markup");
    assertTrue(page.select("#diff").text().contains("+ <script>alert(1)</script>"));
    String series = page.getElementById("compare-chart").attr("data-series");
    assertEquals(2, json.readTree(series).get(1).get("points").get(1).get("x").asInt());
    assertEquals(3, json.readTree(series).get(1).get("points").size());
    assertEquals(3, page.select("#compare-chart tbody tr").size(), "epochs 1 to 3 in the table");
  }

  @Test
  void onlyTheOwnerComparesTheirJobs() {
    Long mine = queue.enqueue(owner, "train", "{}", 0);
    Long theirs = queue.enqueue(fixtures.learner(), "train", "{}", 0);
    as(owner).get("/jobs/compare?a=" + mine + "&b=" + theirs).then().statusCode(404);
    as(owner).get("/jobs/compare?a=" + mine).then().statusCode(400);
    as(owner).get("/jobs/compare?a=" + mine + "&b=" + mine).then().statusCode(200);
  }

  private Long ran(String text, List<Double> losses, ErrorClass outcome) throws Exception {
    String payload =
        json.writeValueAsString(
            java.util.Map.of(
                "submission",
                text == null
                    ? java.util.Map.of()
                    : java.util.Map.of("fileName", "network.yaml", "text", text)));
    Long id = queue.enqueue(owner, "train", payload, 0);
    JobAssignment job = queue.claim(runner, 1, Duration.ZERO).get(0);
    assertEquals(id, job.jobId());
    List<JobEventLog.Input> batch = new ArrayList<>();
    double[] accuracy = {0.6, 0.8, 0.7};
    for (int i = 0; i < losses.size(); i++) {
      batch.add(
          new JobEventLog.Input(
              i,
              "epoch",
              json.readTree(
                  "{\"epoch\": %d, \"loss\": %s, \"metrics\": {\"val_accuracy\": %s}}"
                      .formatted(i + 1, losses.get(i), accuracy[i % 3]))));
    }
    events.append(id, job.attempt(), runner, batch);
    attempts.finish(id, job.attempt(), runner, new Verdict(outcome, null));
    return id;
  }

  private Document page(String path) {
    return Jsoup.parse(
        as(owner)
            .header("Accept-Language", "en")
            .get(path)
            .then()
            .statusCode(200)
            .extract()
            .asString());
  }

  private RequestSpecification as(Long user) {
    return given().redirects().follow(false).cookie(SessionCookie.NAME, accounts.login(user));
  }
}
