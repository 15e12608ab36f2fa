package vn.hocsau.leaderboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The board's learner count comes from lab_board_size (V63), kept by triggers instead of counted on
 * every view. Each way a learner enters or leaves the board must move it exactly as count(*) would.
 */
@QuarkusTest
class BoardSizeTest {

  @Inject AgroalDataSource db;
  @Inject LeaderboardRepository boards;

  @Test
  void theKeptCountFollowsEveryWayOntoAndOffTheBoard() throws Exception {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      long lab = lab(s);
      long firstUser = users(s, 5);
      // Two submissions each for five learners, scored one by one as the platform scores them.
      s.execute(
          "INSERT INTO lab_submission (lab_id, user_id, kind, status, charged, created_at)"
              + " SELECT "
              + lab
              + ", "
              + firstUser
              + " + g % 5, 'predictions', 'PENDING', TRUE, now() - g * interval '1 minute'"
              + " FROM generate_series(0, 9) g");
      assertCount(s, lab, 0);
      s.execute(
          "UPDATE lab_submission SET status = 'SCORED', public_score = random(),"
              + " private_score = random(), scored_at = now() WHERE lab_id = "
              + lab
              + " AND user_id < "
              + (firstUser + 3));
      assertCount(s, lab, 3);
      s.execute(
          "UPDATE lab_submission SET status = 'SCORED', public_score = random(),"
              + " private_score = random(), scored_at = now() WHERE lab_id = "
              + lab);
      assertCount(s, lab, 5);
      // A learner whose scored submissions are all disqualified leaves the board.
      s.execute(
          "UPDATE lab_submission SET disqualified_at = now(), disqualified_reason = 'test'"
              + " WHERE lab_id = "
              + lab
              + " AND user_id = "
              + firstUser);
      assertCount(s, lab, 4);
      s.execute("SELECT lab_board_rebuild(" + lab + ")");
      assertCount(s, lab, 4);
      s.execute(
          "DELETE FROM lab_submission WHERE lab_id = " + lab + " AND user_id = " + (firstUser + 1));
      assertCount(s, lab, 3);
    }
  }

  private void assertCount(Statement s, long lab, long expected) throws SQLException {
    long counted;
    try (ResultSet r =
        s.executeQuery("SELECT count(*) FROM lab_board_entry WHERE lab_id = " + lab)) {
      r.next();
      counted = r.getLong(1);
    }
    assertEquals(expected, counted, "entries on the board");
    assertEquals(expected, boards.publicCount(lab), "the kept count");
  }

  private static long lab(Statement s) throws SQLException {
    try (ResultSet r =
        s.executeQuery(
            "WITH k AS (INSERT INTO course (slug, level, content_hash, imported_at)"
                + " VALUES ('board-size-' || md5(random()::text), 'beginner', 'x', now())"
                + " RETURNING id)"
                + " INSERT INTO lab (course_id, slug, kind, metric, higher_is_better,"
                + " has_leaderboard, daily_limit) SELECT id, 'board', 'competition',"
                + " 'accuracy', TRUE, TRUE, 5 FROM k RETURNING id")) {
      r.next();
      return r.getLong(1);
    }
  }

  private static long users(Statement s, int n) throws SQLException {
    try (ResultSet r =
        s.executeQuery(
            "WITH u AS (INSERT INTO app_user (email, display_name, created_at, updated_at)"
                + " SELECT 'board-size-' || g || '-' || md5(random()::text) || '@test.hocsau.vn',"
                + " 'Học viên ' || g, now(), now() FROM generate_series(1, "
                + n
                + ") g RETURNING id) SELECT min(id) FROM u")) {
      r.next();
      return r.getLong(1);
    }
  }
}
