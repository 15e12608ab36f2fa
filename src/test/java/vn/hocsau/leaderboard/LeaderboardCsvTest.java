package vn.hocsau.leaderboard;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.hocsau.account.AppUser;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.leaderboard.BoardFixtures.Lab;
import vn.hocsau.support.TestAccounts;

/** The CSV export of the public board, and its defence against formula injection. */
@QuarkusTest
class LeaderboardCsvTest {

  private static final double[] SCORES = {0.9, 0.8, 0.7, 0.6, 0.5, 0.4};

  @Inject BoardFixtures fixtures;
  @Inject TestAccounts accounts;

  @Test
  void exportsTheBoardWithFormulasNeutralised() {
    Lab lab = fixtures.openLab(2);
    String[] names = {
      "=HYPERLINK(\"http://evil\",\"x\")", "+1+1", "-2", "@SUM(A1)", "Nguyễn, \"Tèo\"", "Bình"
    };
    AppUser first = null;
    for (int i = 0; i < names.length; i++) {
      AppUser learner = fixtures.learner(names[i]);
      fixtures.scored(lab, learner, SCORES[i], 0.1, 1);
      first = first == null ? learner : first;
    }
    Response response =
        given()
            .cookie(SessionCookie.NAME, accounts.login(first.id))
            .get(lab.path() + "/leaderboard.csv");
    response.then().statusCode(200);
    assertTrue(response.contentType().startsWith("text/csv"), response.contentType());
    assertTrue(response.header("Content-Disposition").startsWith("attachment;"));
    String csv = new String(response.asByteArray(), StandardCharsets.UTF_8);
    assertEquals(
        "rank,name,score,submissions\r\n"
            + "1,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",0.9,1\r\n"
            + "2,'+1+1,0.8,1\r\n"
            + "3,'-2,0.7,1\r\n"
            + "4,'@SUM(A1),0.6,1\r\n"
            + "5,\"Nguyễn, \"\"Tèo\"\"\",0.5,1\r\n"
            + "6,Bình,0.4,1\r\n",
        csv);
  }

  @Test
  void cellsThatStartAFormulaArePrefixed() {
    assertEquals("'=1+1", LeaderboardCsv.cell("=1+1"));
    assertEquals("'\tx", LeaderboardCsv.cell("\tx"));
    assertEquals("\"'\rx\"", LeaderboardCsv.cell("\rx"));
    assertEquals("a=b", LeaderboardCsv.cell("a=b"));
    assertEquals("", LeaderboardCsv.cell(null));
  }
}
