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
    assertEquals(
        "Succeeded", history.selectFirst("#jobs tbody tr td:nth-child(3) .job-class").text());
    assertEquals(
        "OK",
        history.selectFirst("#jobs tbody tr td:nth-child(3) .job-class").attr("data-error-class"));
    assertEquals(
        "Thành công",
        page("/jobs", "vi").selectFirst("#jobs tbody tr td:nth-child(3) .job-class").text(),
        "the verdict named in the page's language, not as a constant");
    assertTrue(row.contains("val_accuracy 0.8000"), "the best of 0.6, 0.8, 0.7: " + row);
  }

  @Test
  void codeIsComparedLineByLineShowingOnlyChangedLinesAsEscapedText() throws Exception {
    Long a = ran("layers:\n  - dense: {units: 64}\nepochs: 3", List.of(1.0, 0.8), ErrorClass.OK);
    Long b =
        ran(
            "layers:\n  - dense: {units: 128}\n<script>alert(1)</script>\nepochs: 3",
            List.of(0.9, 0.6, 0.4),
            ErrorClass.OK);
    Document page = page("/jobs/compare?a=" + a + "&b=" + b);
    // Not a config (the script line breaks the YAML): lines, and only the changed ones.
    List<String> rows = page.select("#diff-" + b + " tbody tr").eachAttr("class");
    assertEquals(List.of("diff-removed", "diff-added", "diff-added"), rows);
    assertTrue(page.select("#config-diff script").isEmpty(), "learner text is never markup");
    assertTrue(page.select("#diff-" + b).text().contains("+ <script>alert(1)</script>"));
    String series = page.getElementById("compare-chart").attr("data-series");
    assertEquals(2, json.readTree(series).get(1).get("points").get(1).get("x").asInt());
    assertEquals(3, json.readTree(series).get(1).get("points").size());
    assertEquals(3, page.select("#losses tbody tr").size(), "epochs 1 to 3 in the table");
  }

  @Test
  void severalRunsAreComparedByTheirDifferingSettingsWithRawAndSmoothedCurves() throws Exception {
    String base =
        "epochs: 3\noptimizer: {type: adam, lr: 0.001}\nlayers:\n  - dense: {units: 64}\n";
    Long a = ran(base, List.of(1.0, 0.5, 0.25), ErrorClass.OK);
    Long b = ran(base.replace("0.001", "0.01"), List.of(1.0, 0.8, 0.7), ErrorClass.OK);
    Long c = ran(base.replace("64", "256"), List.of(0.9, 0.4, 0.2), ErrorClass.OK);
    Document page = page("/jobs/compare?id=" + a + "&id=" + b + "&id=" + c);
    assertEquals("Comparing #" + a + ", #" + b + ", #" + c, page.selectFirst("h1").text());
    assertEquals(3, page.select("#runs tbody tr").size());
    assertEquals(
        List.of("optimizer.lr", "layers[0].dense.units"),
        page.select("#settings tbody th").eachText(),
        "only the settings that differ");
    assertEquals(
        List.of("0.001", "0.01", "0.001"),
        page.select("#settings tbody tr").first().select("td").eachText());
    assertEquals(
        "#" + b, page.select("#settings tbody tr").first().select("td").get(1).attr("data-label"));
    var raw = json.readTree(page.getElementById("compare-chart").attr("data-series"));
    var smooth = json.readTree(page.getElementById("compare-chart-smoothed").attr("data-series"));
    assertEquals(3, raw.size());
    assertEquals("#" + c, smooth.get(2).get("name").asText());
    assertEquals(0.5, raw.get(0).get("points").get(1).get("y").asDouble(), 1e-9);
    assertEquals(
        0.6 * 1.0 + 0.4 * 0.5, smooth.get(0).get("points").get(1).get("y").asDouble(), 1e-9);
    assertTrue(page.getElementById("compare-chart-smoothed").text().contains("weight 0.6"));
    Document vi = page("/jobs/compare?id=" + a + "&id=" + b + "&id=" + c, "vi");
    assertEquals("Thiết lập", vi.selectFirst("#settings thead th").text());
    assertTrue(vi.getElementById("compare-chart-smoothed").text().contains("trọng số 0.6"));
  }

  @Test
  void theHistoryPicksRunsToCompareWithCheckboxes() throws Exception {
    Long a = ran(null, List.of(1.0), ErrorClass.OK);
    Document history = page("/jobs");
    var pick = history.getElementById("pick-" + a);
    assertEquals("checkbox", pick.attr("type"));
    assertEquals("id", pick.attr("name"));
    assertEquals("Select #" + a, history.selectFirst("label[for=pick-" + a + "]").text());
    as(owner).get("/jobs/compare?id=" + a).then().statusCode(400);
    StringBuilder nine = new StringBuilder("/jobs/compare?");
    for (int i = 0; i < 9; i++) {
      nine.append("id=").append(ran(null, List.of(1.0), ErrorClass.OK)).append('&');
    }
    as(owner).get(nine.toString()).then().statusCode(400);
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
    return page(path, "en");
  }

  private Document page(String path, String language) {
    return Jsoup.parse(
        as(owner)
            .header("Accept-Language", language)
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
