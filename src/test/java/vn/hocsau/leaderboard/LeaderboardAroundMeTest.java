package vn.hocsau.leaderboard;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hocsau.account.AppUser;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.leaderboard.BoardFixtures.Lab;
import vn.hocsau.support.TestAccounts;

/**
 * {@code around=me} on the leaderboard API (what {@code hocsau leaderboard --me} asks for): the
 * caller's row and three neighbours either side, across a page boundary, and {@code myRank}.
 */
@QuarkusTest
class LeaderboardAroundMeTest {

  @Inject BoardFixtures fixtures;
  @Inject TestAccounts accounts;

  private JsonPath around(AppUser viewer, Lab lab) {
    return given()
        .cookie(SessionCookie.NAME, accounts.login(viewer.id))
        .get("/api/v1" + lab.path() + "/leaderboard?around=me")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  @Test
  void theCallersRowComesWithItsNeighboursAcrossAPageBoundary() {
    Lab lab = fixtures.openLab(2);
    List<AppUser> learners = new ArrayList<>();
    // 53 learners, scores falling with the index: learner i is ranked i + 1.
    for (int i = 0; i < 53; i++) {
      AppUser learner = fixtures.learner("Học viên " + (i + 1));
      fixtures.scored(lab, learner, 0.99 - i * 0.01, 0.1, 5);
      learners.add(learner);
    }
    JsonPath board = around(learners.get(50), lab);
    assertEquals(List.of(48, 49, 50, 51, 52, 53), board.getList("rows.rank"));
    assertEquals(51, board.getInt("myRank"));
    assertEquals(2, board.getInt("page"), "rank 51 is on page 2 of 50 rows a page");
    assertEquals("Học viên 51", board.getString("rows.find { it.me }.name"));
    assertEquals(1, board.getList("rows.findAll { it.me }").size());

    JsonPath top = around(learners.get(0), lab);
    assertEquals(List.of(1, 2, 3, 4), top.getList("rows.rank"));

    // The plain page carries myRank too; a learner not on the board gets no rows and no rank.
    JsonPath page =
        given()
            .cookie(SessionCookie.NAME, accounts.login(learners.get(50).id))
            .get("/api/v1" + lab.path() + "/leaderboard")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(51, page.getInt("myRank"));
    JsonPath nobody = around(fixtures.learner("Chưa nộp"), lab);
    assertTrue(nobody.getList("rows").isEmpty());
    assertNull(nobody.get("myRank"));
  }

  @Test
  void aroundMeNeedsAToken() {
    Lab lab = fixtures.openLab(2);
    given().get("/api/v1" + lab.path() + "/leaderboard?around=me").then().statusCode(401);
  }
}
