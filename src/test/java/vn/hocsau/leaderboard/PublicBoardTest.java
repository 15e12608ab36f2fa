package vn.hocsau.leaderboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.hocsau.account.AppUser;

/**
 * Anonymous visitors read boards as on Kaggle: the public board always, the private one only after
 * the reveal; learners by display name, never by email. A token that is sent must still work.
 */
@QuarkusTest
class PublicBoardTest {

  @Inject BoardFixtures fixtures;

  @Test
  void anonymousVisitorsSeeThePublicBoardByDisplayNameOnly() {
    BoardFixtures.Lab lab = fixtures.openLab(2);
    AppUser an = fixtures.learner("Nguyễn Văn An");
    fixtures.scored(lab, an, 0.91, 0.55, 5);
    String html =
        given().get(lab.path() + "/leaderboard").then().statusCode(200).extract().asString();
    assertTrue(html.contains("Nguyễn Văn An"), html);
    assertFalse(html.contains(an.email), "an email on a public board");
    JsonPath board =
        given()
            .get("/api/v1" + lab.path() + "/leaderboard?board=private")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    // Before the reveal the private board is not shown: the public score ranks.
    assertEquals("Nguyễn Văn An", board.getString("rows[0].name"));
    assertEquals(0.91f, board.getFloat("rows[0].score"));
    assertFalse(board.getBoolean("rows[0].me"));
    assertFalse(board.prettify().contains(an.email));
    String csv =
        given().get(lab.path() + "/leaderboard.csv").then().statusCode(200).extract().asString();
    assertTrue(csv.contains("Nguyễn Văn An") && !csv.contains(an.email), csv);
    given()
        .header("Authorization", "Bearer hs_not_a_token")
        .get("/api/v1" + lab.path() + "/leaderboard")
        .then()
        .statusCode(401);
  }

  @Test
  void afterTheRevealAnonymousVisitorsSeeThePrivateBoard() {
    BoardFixtures.Lab lab = fixtures.revealedLab(2);
    AppUser binh = fixtures.learner("Trần Thị Bình");
    fixtures.scored(lab, binh, 0.91, 0.55, 60 * 24 * 3);
    given()
        .get("/api/v1" + lab.path() + "/leaderboard?board=private")
        .then()
        .statusCode(200)
        .body("rows[0].name", equalTo("Trần Thị Bình"))
        .body("rows[0].score", equalTo(0.55f));
    given()
        .get(lab.path() + "/leaderboard?board=private")
        .then()
        .statusCode(200)
        .body(containsString("Trần Thị Bình"));
  }
}
