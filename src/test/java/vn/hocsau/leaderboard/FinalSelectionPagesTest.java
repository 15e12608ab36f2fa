package vn.hocsau.leaderboard;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hocsau.account.AppUser;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.leaderboard.BoardFixtures.Lab;
import vn.hocsau.support.Csrf;
import vn.hocsau.support.TestAccounts;

/** Final selections, the private board and the reveal, through the pages and the API. */
@QuarkusTest
class FinalSelectionPagesTest {

  @Inject BoardFixtures fixtures;
  @Inject TestAccounts accounts;
  @Inject EntityManager em;

  private RequestSpecification as(AppUser user) {
    return given().redirects().follow(false).cookie(SessionCookie.NAME, accounts.login(user.id));
  }

  private Response choose(AppUser user, Lab lab, long submission, boolean selected) {
    return Csrf.with(as(user))
        .formParam("selected", String.valueOf(selected))
        .post(lab.path() + "/submissions/" + submission + "/final");
  }

  private String history(AppUser user, Lab lab) {
    return as(user).get(lab.path() + "/submissions").then().statusCode(200).extract().asString();
  }

  @Test
  void selectsUpToTheLimitRefusesOneMoreAndAllowsUnselecting() {
    Lab lab = fixtures.openLab(2);
    AppUser me = fixtures.learner("Chọn bài");
    long a = fixtures.scored(lab, me, 0.7, 0.1, 30);
    long b = fixtures.scored(lab, me, 0.8, 0.2, 20);
    long c = fixtures.scored(lab, me, 0.9, 0.3, 10);
    long failed = fixtures.submit(lab, me, "FAILED", null, null, fixtures.now(), true, null);
    assertTrue(history(me, lab).contains("2 bài có điểm công khai cao nhất"), "fallback explained");

    choose(me, lab, a, true).then().statusCode(303);
    choose(me, lab, b, true).then().statusCode(303);
    String refused = choose(me, lab, c, true).then().statusCode(409).extract().asString();
    assertTrue(refused.contains("tối đa 2 bài nộp cuối"), refused);
    assertFalse(fixtures.selected(c));
    choose(me, lab, failed, true).then().statusCode(409);
    assertFalse(fixtures.selected(failed));

    choose(me, lab, a, false).then().statusCode(303);
    choose(me, lab, c, true).then().statusCode(303);
    assertEquals(
        List.of(false, true, true),
        List.of(fixtures.selected(a), fixtures.selected(b), fixtures.selected(c)));
    assertTrue(history(me, lab).contains("Bạn đã chọn 2/2 bài nộp cuối."));
  }

  @Test
  void selectionNeedsTheCsrfToken() {
    Lab lab = fixtures.openLab(2);
    AppUser me = fixtures.learner("Không token");
    long a = fixtures.scored(lab, me, 0.7, 0.1, 30);
    as(me)
        .formParam("selected", "true")
        .post(lab.path() + "/submissions/" + a + "/final")
        .then()
        .statusCode(403);
    assertFalse(fixtures.selected(a));
  }

  @Test
  void anotherLearnersSubmissionsAreNeitherShownNorChanged() {
    Lab lab = fixtures.openLab(2);
    AppUser owner = fixtures.learner("Chủ bài");
    AppUser other = fixtures.learner("Người khác");
    long theirs = fixtures.scored(lab, owner, 0.777, 0.1, 5);
    choose(other, lab, theirs, true).then().statusCode(404);
    assertFalse(fixtures.selected(theirs));
    String html = history(other, lab);
    assertFalse(html.contains("0.77700"), "another learner's score");
    assertFalse(html.contains("/submissions/" + theirs + "/final"));
    assertTrue(history(owner, lab).contains("0.77700"));
  }

  @Test
  void labsWithoutABoardHaveNoFinals() {
    Lab lab = fixtures.openLab(2);
    fixtures.setLabFlag(lab, "has_leaderboard", false);
    AppUser me = fixtures.learner("Bài lab thường");
    long a = fixtures.scored(lab, me, 0.7, 0.1, 30);
    choose(me, lab, a, true).then().statusCode(404);
    assertFalse(fixtures.selected(a));
    assertFalse(history(me, lab).contains("/final\""), "no toggles without a board");
  }

  @Test
  void nothingChangesAfterTheDeadline() {
    Lab lab = fixtures.revealedLab(2);
    AppUser me = fixtures.learner("Trễ");
    long a = fixtures.scored(lab, me, 0.7, 0.1, 60 * 24 * 3);
    String refused = choose(me, lab, a, true).then().statusCode(409).extract().asString();
    assertTrue(refused.contains("không thể thay đổi bài nộp cuối"));
    assertFalse(fixtures.selected(a));
    assertFalse(history(me, lab).contains("/final\""), "no toggles after the deadline");
  }

  @Test
  void privateScoresStayHiddenBeforeTheReveal() {
    Lab lab = fixtures.openLab(2);
    AppUser me = fixtures.learner("Bí mật");
    fixtures.scored(lab, me, 0.61111, 0.92345, 5);
    String board =
        as(me)
            .get(lab.path() + "/leaderboard?board=private")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertFalse(board.contains("0.92345"), "private score on the board");
    assertFalse(board.contains("board=private\""), "private tab before the reveal");
    assertFalse(history(me, lab).contains("0.92345"), "private score in the history");
    JsonPath api =
        as(me)
            .get("/api/v1" + lab.path() + "/leaderboard?board=private")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(0.61111, api.getDouble("rows[0].score"), 1e-12);
  }

  @Test
  void afterTheRevealThePrivateBoardRanksTheFinalsOrTheFallback() {
    Lab lab = fixtures.revealedLab(2);
    int days = 60 * 24 * 3; // before the deadline, two days ago
    AppUser picker = fixtures.learner("Người chọn");
    AppUser lazy = fixtures.learner("Người không chọn");
    AppUser third = fixtures.learner("Người thứ ba");
    // The picker leads the public board but chose a submission that is weak in private.
    long p1 = fixtures.scored(lab, picker, 0.95, 0.60, days);
    fixtures.scored(lab, picker, 0.90, 0.99, days - 1); // not chosen: does not count
    fixtures.select(p1);
    // The lazy one chose nothing: their two best public ones count (0.85 → 0.80, 0.80 → 0.90).
    fixtures.scored(lab, lazy, 0.85, 0.80, days - 2);
    fixtures.scored(lab, lazy, 0.80, 0.90, days - 3);
    fixtures.scored(lab, lazy, 0.10, 0.97, days - 4); // third best public: outside the fallback
    fixtures.scored(lab, third, 0.50, 0.70, days - 5);

    JsonPath pub =
        as(picker).get("/api/v1" + lab.path() + "/leaderboard").then().extract().jsonPath();
    assertEquals(
        List.of("Người chọn", "Người không chọn", "Người thứ ba"), pub.getList("rows.name"));
    JsonPath priv =
        as(picker)
            .get("/api/v1" + lab.path() + "/leaderboard?board=private")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(
        List.of("Người không chọn", "Người thứ ba", "Người chọn"), priv.getList("rows.name"));
    assertEquals(List.of(0.90, 0.70, 0.60), priv.getList("rows.score", Double.class));
    assertEquals(List.of(false, false, true), priv.getList("rows.me"));

    String board =
        as(picker)
            .get(lab.path() + "/leaderboard?board=private")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertTrue(board.contains("0.90000"));
    assertTrue(board.contains("Hạng của bạn: 3"));
    assertTrue(history(picker, lab).contains("0.99000"), "private scores shown after the reveal");
  }

  /**
   * The private board is a snapshot computed at its first view (V31); a later write to the lab's
   * submissions, such as a rescoring, must show on the next view, never a stale ranking.
   */
  @Test
  void aRescoringAfterTheRevealShowsOnTheNextViewOfThePrivateBoard() {
    Lab lab = fixtures.revealedLab(1);
    int days = 60 * 24 * 3;
    AppUser first = fixtures.learner("Người nhất");
    AppUser second = fixtures.learner("Người nhì");
    long a = fixtures.scored(lab, first, 0.90, 0.90, days);
    fixtures.scored(lab, second, 0.80, 0.80, days - 1);
    assertEquals(List.of("Người nhất", "Người nhì"), privateNames(first, lab));
    assertEquals(1L, snapshots(lab), "the first view computed the snapshot");
    assertEquals(List.of("Người nhất", "Người nhì"), privateNames(second, lab), "read again");

    QuarkusTransaction.requiringNew()
        .run(
            () ->
                em.createNativeQuery("UPDATE lab_submission SET private_score = 0.5 WHERE id = ?1")
                    .setParameter(1, a)
                    .executeUpdate());
    assertEquals(0L, snapshots(lab), "the write made the snapshot stale");
    assertEquals(List.of("Người nhì", "Người nhất"), privateNames(first, lab));
    assertEquals(1L, snapshots(lab));
  }

  private List<String> privateNames(AppUser viewer, Lab lab) {
    return as(viewer)
        .get("/api/v1" + lab.path() + "/leaderboard?board=private")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath()
        .getList("rows.name");
  }

  private long snapshots(Lab lab) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        em.createNativeQuery(
                                "SELECT count(*) FROM lab_private_board_state WHERE lab_id = ?1")
                            .setParameter(1, lab.id())
                            .getSingleResult())
                    .longValue());
  }
}
