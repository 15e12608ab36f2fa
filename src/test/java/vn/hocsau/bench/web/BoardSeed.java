package vn.hocsau.bench.web;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Fills a real competition of the demo course with {@code size} submissions from {@code size / 10}
 * learners (85% scored), bulk-loaded with triggers off as a data import would be, then rebuilds the
 * lab's board once, as {@code LeaderboardBench} does.
 */
final class BoardSeed {

  private BoardSeed() {}

  static void load(Connection c, String course, String lab, int size) throws Exception {
    long labId = labId(c, course, lab);
    int learners = Math.max(1, size / 10);
    exec(
        c,
        "INSERT INTO app_user (email, display_name, created_at, updated_at)"
            + " SELECT 'web-bench-' || g || '@bench.hocsau.vn', 'Học viên ' || g, now(), now()"
            + " FROM generate_series(1, "
            + learners
            + ") g");
    long first = WebBench.count(c, "SELECT max(id) FROM app_user") - learners + 1;
    exec(c, "SET session_replication_role = replica");
    exec(
        c,
        "INSERT INTO lab_submission (lab_id, user_id, kind, status, public_score, private_score,"
            + " charged, created_at)"
            + " SELECT "
            + labId
            + ", "
            + first
            + " + (g::bigint * 7919) % "
            + learners
            + ", 'predictions', st,"
            + " CASE WHEN st = 'SCORED' THEN round(random()::numeric, 4) END,"
            + " CASE WHEN st = 'SCORED' THEN random() END, TRUE,"
            + " now() - interval '30 days' + g * interval '1 second'"
            + " FROM generate_series(1, "
            + size
            + ") g, LATERAL (SELECT CASE WHEN g % 20 = 0 THEN 'FAILED' WHEN g % 20 = 1"
            + " THEN 'INVALID' WHEN g % 20 = 2 THEN 'PENDING' ELSE 'SCORED' END AS st) x");
    exec(c, "SET session_replication_role = DEFAULT");
    exec(c, "SELECT lab_board_rebuild(" + labId + ")");
    exec(c, "ANALYZE");
    long onBoard =
        WebBench.count(c, "SELECT count(*) FROM lab_board_entry WHERE lab_id = " + labId);
    if (onBoard < learners / 2) {
      throw new IllegalStateException("The board has " + onBoard + " learners after the seed");
    }
  }

  private static long labId(Connection c, String course, String lab) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT l.id FROM lab l JOIN course k ON k.id = l.course_id"
                + " WHERE k.slug = ? AND l.slug = ?")) {
      p.setString(1, course);
      p.setString(2, lab);
      try (ResultSet r = p.executeQuery()) {
        if (!r.next()) {
          throw new IllegalStateException("No lab " + course + "/" + lab + " was imported");
        }
        return r.getLong(1);
      }
    }
  }

  private static void exec(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
