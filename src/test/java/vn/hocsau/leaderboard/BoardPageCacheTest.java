package vn.hocsau.leaderboard;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hocsau.system.pagecache.KeptPages.waitFor;
import static vn.hocsau.system.pagecache.KeptPages.waitForHit;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hocsau.account.AppUser;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.support.TestAccounts;
import vn.hocsau.support.TestClock;
import vn.hocsau.system.pagecache.PageCache;
import vn.hocsau.system.pagecache.PageCacheOn;

/**
 * Anonymous board pages come from memory, and never outlive what they show: a scored submission, a
 * new display name, the private board's snapshot going stale and the deadline each bring the board
 * back up to date within moments. Changes are made in the database, as scoring on another replica
 * would make them.
 */
@QuarkusTest
@TestProfile(PageCacheOn.class)
class BoardPageCacheTest {

  @Inject BoardFixtures fixtures;
  @Inject PageCache cache;
  @Inject TestClock clock;
  @Inject TestAccounts accounts;
  @Inject AgroalDataSource db;

  @BeforeEach
  void listening() {
    waitFor(() -> cache.store().trusted(), "the listener is connected");
  }

  @Test
  void aNewScoreShowsOnTheKeptBoardWithinMoments() {
    BoardFixtures.Lab lab = fixtures.openLab(2);
    AppUser dung = fixtures.learner("Phạm Thị Dung"); // named before the page is kept
    fixtures.scored(lab, fixtures.learner("Lê Văn Cường"), 0.81, 0.5, 5);
    String path = lab.path() + "/leaderboard";
    waitForHit(() -> given(), path, "Lê Văn Cường");
    fixtures.scored(lab, dung, 0.93, 0.5, 1);
    Response fresh = waitFor(path, r -> r.asString().contains("Phạm Thị Dung"));
    assertTrue(
        fresh.asString().indexOf("Phạm Thị Dung") < fresh.asString().indexOf("Lê Văn Cường"),
        "the better score ranks first");
    waitForHit(() -> given(), path, "Phạm Thị Dung");
  }

  @Test
  void aNewDisplayNameShowsOnEveryKeptBoard() throws Exception {
    BoardFixtures.Lab one = fixtures.openLab(2);
    BoardFixtures.Lab two = fixtures.openLab(2);
    AppUser em = fixtures.learner("Hoàng Em");
    fixtures.scored(one, em, 0.7, 0.5, 5);
    fixtures.scored(two, em, 0.6, 0.5, 5);
    waitForHit(() -> given(), one.path() + "/leaderboard", "Hoàng Em");
    waitForHit(() -> given(), two.path() + "/leaderboard", "Hoàng Em");
    sql("UPDATE app_user SET display_name = 'Hoàng Văn Em' WHERE id = ?", em.id);
    for (BoardFixtures.Lab lab : new BoardFixtures.Lab[] {one, two}) {
      waitFor(lab.path() + "/leaderboard", r -> r.asString().contains("Hoàng Văn Em"));
    }
  }

  @Test
  void aKeptBoardEndsAtTheDeadline() {
    Instant deadline = fixtures.now().plus(Duration.ofHours(1));
    BoardFixtures.Lab lab =
        fixtures.lab("accuracy", true, deadline, deadline.plus(Duration.ofHours(1)), 2);
    fixtures.scored(lab, fixtures.learner("Vũ Gia"), 0.7, 0.6, 5);
    String path = lab.path() + "/leaderboard";
    Response open = waitForHit(() -> given().queryParam("lang", "en"), path, "Vũ Gia");
    assertFalse(open.asString().contains("is frozen"), "open before the deadline");
    clock.advance(Duration.ofMinutes(61));
    // Nothing was written: only the clock says the kept page is out of date.
    Response after = given().queryParam("lang", "en").get(path);
    assertNull(after.header(PageCache.HEADER), "a page kept past the deadline was served");
    assertTrue(after.asString().contains("is frozen"), after.asString());
  }

  @Test
  void thePrivateBoardIsKeptUntilItsSnapshotGoesStale() {
    BoardFixtures.Lab lab = fixtures.revealedLab(2);
    AppUser hanh = fixtures.learner("Ngô Hạnh");
    fixtures.scored(lab, fixtures.learner("Đỗ Hải"), 0.9, 0.4, 60 * 24 * 3);
    String path = lab.path() + "/leaderboard?board=private";
    waitForHit(() -> given(), path, "Đỗ Hải");
    // A late scoring (an operator's rescoring run) makes the snapshot stale (V31), which V65
    // announces.
    fixtures.scored(lab, hanh, 0.1, 0.95, 60 * 24 * 3);
    waitFor(path, r -> r.asString().contains("Ngô Hạnh"));
    waitForHit(() -> given(), path, "Ngô Hạnh");
  }

  @Test
  void aSignedInLearnerGetsTheirOwnBoardNotTheKeptOne() {
    BoardFixtures.Lab lab = fixtures.openLab(2);
    AppUser me = fixtures.learner("Bùi Khánh");
    fixtures.scored(lab, me, 0.8, 0.5, 5);
    String path = lab.path() + "/leaderboard";
    waitForHit(() -> given(), path, "Bùi Khánh");
    Response mine = given().cookie(SessionCookie.NAME, accounts.login(me.id)).get(path);
    assertNull(mine.header(PageCache.HEADER));
    assertTrue(mine.asString().contains("(bạn)"), "their own row is marked");
  }

  @Test
  void oddRequestsGetTheResourcesAnswerEveryTimeAndAreNeverKept() {
    BoardFixtures.Lab lab = fixtures.openLab(2);
    fixtures.scored(lab, fixtures.learner("Mai Lan"), 0.8, 0.5, 5);
    waitForHit(() -> given(), lab.path() + "/leaderboard", "Mai Lan");
    for (int i = 0; i < 2; i++) {
      Response badPage = given().get(lab.path() + "/leaderboard?page=abc");
      assertNull(badPage.header(PageCache.HEADER));
      assertTrue(
          badPage.statusCode() >= 400, "a page number that is not one: " + badPage.statusCode());
      Response noLab = given().get("/labs/" + lab.course() + "/khong-co/leaderboard");
      assertNull(noLab.header(PageCache.HEADER));
      assertTrue(noLab.statusCode() == 404, "an unknown lab: " + noLab.statusCode());
      Response longQuery = given().get(lab.path() + "/leaderboard?x=" + "a".repeat(300));
      assertNull(longQuery.header(PageCache.HEADER), "a query too long to key on");
    }
  }

  private void sql(String statement, long id) throws Exception {
    try (Connection c = db.getConnection();
        PreparedStatement s = c.prepareStatement(statement)) {
      s.setLong(1, id);
      s.executeUpdate();
    }
  }
}
