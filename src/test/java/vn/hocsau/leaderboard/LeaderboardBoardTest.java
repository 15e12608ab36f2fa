package vn.hocsau.leaderboard;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.hocsau.account.AppUser;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.grading.Metric;
import vn.hocsau.leaderboard.BoardFixtures.Lab;
import vn.hocsau.support.TestAccounts;

/** The public board through its page and its JSON API, against rows in real PostgreSQL. */
@QuarkusTest
class LeaderboardBoardTest {

  @Inject BoardFixtures fixtures;
  @Inject TestAccounts accounts;

  private RequestSpecification as(AppUser user) {
    return given().cookie(SessionCookie.NAME, accounts.login(user.id));
  }

  private JsonPath api(AppUser viewer, Lab lab, String query) {
    return as(viewer)
        .get("/api/v1" + lab.path() + "/leaderboard" + query)
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void ranksBestScoresWithTiesToTheEarlierAndWithoutFailures() {
    Lab lab = fixtures.openLab(2);
    AppUser an = fixtures.learner("An");
    AppUser binh = fixtures.learner("Bình");
    AppUser chi = fixtures.learner("Chi");
    AppUser dung = fixtures.learner("Dũng");
    fixtures.scored(lab, an, 0.70, 0.1, 50);
    fixtures.scored(lab, an, 0.90, 0.1, 10); // An's best, later than Bình's 0.90
    fixtures.scored(lab, binh, 0.90, 0.1, 20);
    fixtures.submit(lab, chi, "FAILED", null, null, fixtures.now(), true, null);
    fixtures.submit(lab, chi, "PENDING", null, null, fixtures.now(), true, null);
    fixtures.submit(lab, dung, "INVALID", null, null, fixtures.now(), false, null);
    fixtures.scored(lab, dung, 0.50, 0.1, 5);

    JsonPath board = api(an, lab, "");
    assertEquals(List.of("Bình", "An", "Dũng"), board.getList("rows.name"));
    assertEquals(List.of(1, 2, 3), board.getList("rows.rank"));
    assertEquals(List.of(false, true, false), board.getList("rows.me"));
    assertEquals(List.of(1, 2, 1), board.getList("rows.submissions"));
    assertEquals(0.9, board.getDouble("rows[1].score"), 1e-12);
    assertEquals(1, board.getInt("page"));
    assertEquals(1, board.getInt("pages"));

    // Scoring moves the board (the trigger of V15): Dũng's pending-then-scored submission wins.
    long late = fixtures.submit(lab, dung, "PENDING", null, null, fixtures.now(), true, null);
    fixtures.rescore(late, "SCORED", 0.95, 0.2);
    assertEquals(List.of("Dũng", "Bình", "An"), api(an, lab, "").getList("rows.name"));
    // A rescore that fails takes the submission off again.
    fixtures.rescore(late, "FAILED", null, null);
    assertEquals(List.of("Bình", "An", "Dũng"), api(an, lab, "").getList("rows.name"));
  }

  @Test
  void aChangedMetricRebuildsTheBoard() {
    Lab lab = fixtures.openLab(2);
    AppUser high = fixtures.learner("Cao");
    AppUser low = fixtures.learner("Thấp");
    fixtures.scored(lab, high, 0.9, 0.1, 3);
    fixtures.scored(lab, low, 0.3, 0.1, 2);
    fixtures.scored(lab, low, 0.6, 0.1, 1);
    assertEquals(List.of("Cao", "Thấp"), api(high, lab, "").getList("rows.name"));
    fixtures.setMetric(lab, "mae", false);
    JsonPath board = api(high, lab, "");
    assertEquals(List.of("Thấp", "Cao"), board.getList("rows.name"));
    assertEquals(0.3, board.getDouble("rows[0].score"), 1e-12);
  }

  @Test
  void lowerIsBetterForErrorMetrics() {
    Instant deadline = fixtures.now().plus(Duration.ofDays(1));
    Lab lab = fixtures.lab("rmse", false, deadline, null, 2);
    AppUser a = fixtures.learner("Lỗi lớn");
    AppUser b = fixtures.learner("Lỗi nhỏ");
    fixtures.scored(lab, a, 0.40, 0.1, 3);
    fixtures.scored(lab, b, 0.60, 0.1, 2);
    fixtures.scored(lab, b, 0.20, 0.1, 1);
    JsonPath board = api(a, lab, "");
    assertEquals(List.of("Lỗi nhỏ", "Lỗi lớn"), board.getList("rows.name"));
    assertEquals(0.2, board.getDouble("rows[0].score"), 1e-12);
  }

  @Test
  void submissionsAfterTheDeadlineNeverAppear() {
    Instant deadline = fixtures.now().minus(Duration.ofHours(1));
    Lab lab = fixtures.lab("accuracy", true, deadline, null, 2);
    AppUser early = fixtures.learner("Đúng hạn");
    AppUser late = fixtures.learner("Trễ hạn");
    fixtures.scored(lab, early, 0.5, 0.5, 120);
    fixtures.scored(lab, early, 0.99, 0.99, 30); // after the deadline: the lab refused it, or not
    fixtures.scored(lab, late, 0.9, 0.9, 10);
    JsonPath board = api(early, lab, "");
    assertEquals(List.of("Đúng hạn"), board.getList("rows.name"));
    assertEquals(0.5, board.getDouble("rows[0].score"), 1e-12);
    String html =
        as(early).get(lab.path() + "/leaderboard").then().statusCode(200).extract().asString();
    assertTrue(html.contains("board-frozen"), "frozen banner");
  }

  @Test
  void pagesAndJumpToMe() {
    Lab lab = fixtures.openLab(2);
    AppUser me = null;
    for (int i = 0; i < 120; i++) {
      AppUser learner = fixtures.learner("Học viên " + i);
      // Learner i scores 1 - i/1000: learner 0 first; ranks follow i.
      fixtures.scored(lab, learner, 1.0 - i / 1000.0, 0.5, 1);
      if (i == 74) {
        me = learner;
      }
    }
    JsonPath first = api(me, lab, "");
    assertEquals(50, first.getList("rows").size());
    assertEquals(3, first.getInt("pages"));
    assertFalse(first.getList("rows.me").contains(true));
    JsonPath second = api(me, lab, "?page=2");
    assertEquals(51, second.getInt("rows[0].rank"));
    assertEquals("Học viên 74", second.getString("rows[24].name"));
    assertTrue(second.getBoolean("rows[24].me"));
    assertEquals(20, api(me, lab, "?page=3").getList("rows").size());
    assertEquals(3, api(me, lab, "?page=99").getInt("page"), "a page past the end shows the last");

    String html =
        as(me).get(lab.path() + "/leaderboard").then().statusCode(200).extract().asString();
    assertTrue(html.contains("href=\"" + lab.path() + "/leaderboard?page=2#me\""), html);
    assertTrue(html.contains("Hạng của bạn: 75"), "my rank");
    String page2 =
        as(me).get(lab.path() + "/leaderboard?page=2").then().statusCode(200).extract().asString();
    assertTrue(page2.contains("id=\"me\" class=\"board-me\""), "own row highlighted");
    assertEquals(1, page2.split("class=\"board-me\"", -1).length - 1);
  }

  @Test
  void theSqlBoardAgreesWithTheRules() {
    Lab lab = fixtures.openLab(2);
    Random random = new Random(42);
    List<AppUser> learners = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      learners.add(fixtures.learner("Ngẫu nhiên " + i));
    }
    List<Entry> entries = new ArrayList<>();
    String[] statuses = {"SCORED", "SCORED", "SCORED", "FAILED", "INVALID", "PENDING"};
    Instant base = fixtures.now().minus(Duration.ofDays(1));
    for (int i = 0; i < 150; i++) {
      AppUser who = learners.get(random.nextInt(learners.size()));
      String status = statuses[random.nextInt(statuses.length)];
      // Few distinct scores and instants, so ties are common.
      Double pub = status.equals("SCORED") ? random.nextInt(8) / 8.0 : null;
      Instant at = base.plus(Duration.ofMinutes(random.nextInt(20)));
      long id = fixtures.submit(lab, who, status, pub, pub, at, true, null);
      entries.add(new Entry(id, who.id, status, pub, pub, at, false));
    }
    List<Standing> expected = Ranking.publicBoard(entries, Metric.ACCURACY, null);
    JsonPath board = api(learners.get(0), lab, "");
    assertEquals(1, board.getInt("pages"), "30 learners fit on one page");
    List<String> expectedNames = new ArrayList<>();
    for (Standing s : expected) {
      expectedNames.add("Ngẫu nhiên " + learners.indexOf(learnerWithId(learners, s.userId())));
    }
    assertEquals(expectedNames, board.getList("rows.name", String.class));
    assertEquals(
        expected.stream().map(Standing::submissions).toList(),
        board.getList("rows.submissions", Integer.class));
    assertEquals(
        expected.stream().map(Standing::score).toList(), board.getList("rows.score", Double.class));
  }

  private static AppUser learnerWithId(List<AppUser> learners, long id) {
    return learners.stream().filter(l -> l.id == id).findFirst().orElseThrow();
  }

  @Test
  void displayNamesAreEscaped() {
    Lab lab = fixtures.openLab(2);
    AppUser evil = fixtures.learner("<script>alert(1)</script><img src=x onerror=alert(2)>");
    fixtures.scored(lab, evil, 0.5, 0.5, 1);
    AppUser viewer = fixtures.learner("Người xem");
    String html =
        as(viewer).get(lab.path() + "/leaderboard").then().statusCode(200).extract().asString();
    assertFalse(html.contains("<script>alert(1)"), "raw script on the board");
    assertFalse(html.contains("<img src=x"), "raw img on the board");
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "escaped name shown");
  }

  @Test
  void emptyBoardsUnpublishedLabsAndLabsWithoutBoards() {
    Lab lab = fixtures.openLab(2);
    AppUser viewer = fixtures.learner("Người đầu tiên");
    String html =
        as(viewer).get(lab.path() + "/leaderboard").then().statusCode(200).extract().asString();
    assertTrue(html.contains("board-empty"));
    JsonPath empty = api(viewer, lab, "");
    assertEquals(0, empty.getList("rows").size());
    assertEquals(1, empty.getInt("pages"));

    fixtures.setLabFlag(lab, "has_leaderboard", false);
    as(viewer).get(lab.path() + "/leaderboard").then().statusCode(404);
    as(viewer).get("/api/v1" + lab.path() + "/leaderboard").then().statusCode(404);
    as(viewer).get(lab.path() + "/leaderboard.csv").then().statusCode(404);
    fixtures.setLabFlag(lab, "has_leaderboard", true);
    fixtures.setLabFlag(lab, "published", false);
    as(viewer).get(lab.path() + "/leaderboard").then().statusCode(404);
    as(viewer).get(lab.path() + "/submissions").then().statusCode(404);
    // Boards are public, but an unpublished lab has none for anyone.
    given().get(lab.path() + "/leaderboard").then().statusCode(404);
  }
}
