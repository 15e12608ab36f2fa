package vn.hocsau.leaderboard;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Times the board queries at 10k, 100k and 1M submissions (one learner per ten submissions) in the
 * test's embedded PostgreSQL: the materialised board of V15 against the same answers computed
 * straight from {@code lab_submission} (DISTINCT ON over {@code lab_submission_board_idx}), and a
 * plain {@code count(*)} as the floor. Run with {@code bench/leaderboard/run.sh}; prints a Markdown
 * table and writes it to {@code target/bench/leaderboard.md}.
 */
@QuarkusTest
@Tag("bench")
class LeaderboardBench {

  static final int[] SIZES = {10_000, 100_000, 1_000_000};
  static final int RUNS = 9;
  static final int PAGE = LeaderboardService.PAGE_SIZE;

  /** The public board computed from the submissions on each view: the reference. */
  static final String DIRECT_BEST =
      """
      WITH best AS (
        SELECT DISTINCT ON (s.user_id) s.user_id, s.public_score, s.created_at, s.id,
               -s.public_score AS rank_key,
               count(*) OVER (PARTITION BY s.user_id) AS submissions
          FROM lab_submission s
         WHERE s.lab_id = ? AND s.status = 'SCORED'
         ORDER BY s.user_id, -s.public_score, s.created_at, s.id)
      """;

  static final String DIRECT_ROWS =
      DIRECT_BEST
          + """
          SELECT b.user_id, u.display_name, b.public_score, b.submissions
            FROM best b JOIN app_user u ON u.id = b.user_id
           ORDER BY b.rank_key, b.created_at, b.id OFFSET ? LIMIT ?
          """;

  static final String DIRECT_RANK =
      DIRECT_BEST
          + """
          SELECT count(*) + 1 FROM best o, best m
           WHERE m.user_id = ? AND (o.rank_key, o.created_at, o.id) < (m.rank_key, m.created_at, m.id)
          """;

  static final String SUBMISSION_COUNT =
      "SELECT count(*) FROM lab_submission WHERE lab_id = ? AND status = 'SCORED'";

  /** The private board computed on each view, as before the snapshot (V31): the reference. */
  static final String DIRECT_PRIVATE_ROWS =
      jdbc(LeaderboardRepository.PRIVATE_BOARD)
          + """
          SELECT r.rank, r.user_id, u.display_name, r.private_score, r.submissions
            FROM ranked r JOIN app_user u ON u.id = r.user_id
           ORDER BY r.rank OFFSET ? LIMIT ?
          """;

  @Inject DataSource dataSource;

  /** What the first view after the reveal pays: one recomputation of the snapshot. */
  private static double privateSnapshot(Connection c, long lab) throws Exception {
    exec(c, "DELETE FROM lab_private_board_state WHERE lab_id = " + lab);
    exec(c, "DELETE FROM lab_private_board WHERE lab_id = " + lab);
    double ms =
        millis(
            () -> {
              try (PreparedStatement p =
                  c.prepareStatement(jdbc(LeaderboardRepository.PRIVATE_SNAPSHOT))) {
                p.setLong(1, lab);
                p.setLong(2, lab);
                p.executeUpdate();
              }
            });
    exec(
        c,
        "INSERT INTO lab_private_board_state (lab_id, learners) SELECT "
            + lab
            + ", count(*) FROM lab_private_board WHERE lab_id = "
            + lab);
    exec(c, "VACUUM ANALYZE lab_private_board");
    return ms;
  }

  @Test
  void boardQueries() throws Exception {
    List<String> lines = new ArrayList<>();
    lines.add(
        "| submissions | learners | query | materialised (ms) | direct from lab_submission (ms) |");
    lines.add("|---:|---:|---|---:|---:|");
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      long[] users = users(c, SIZES[SIZES.length - 1] / 10);
      for (int size : SIZES) {
        int learners = size / 10;
        long lab = lab(c, size);
        double load = load(c, lab, size, users[0], learners);
        double rebuild = millis(() -> exec(c, "SELECT lab_board_rebuild(" + lab + ")"));
        exec(c, "VACUUM ANALYZE lab_submission");
        exec(c, "VACUUM ANALYZE lab_board_entry");
        long onBoard = single(c, jdbc(LeaderboardRepository.PUBLIC_COUNT), lab);
        int middle = (int) (onBoard / 2 / PAGE * PAGE);
        long me = users[0] + learners / 2;
        String rows = jdbc(LeaderboardRepository.PUBLIC_ROWS);
        String rank = jdbc(LeaderboardRepository.PUBLIC_RANK);
        row(
            lines,
            size,
            onBoard,
            "top-50 page",
            median(c, rows, lab, 0, PAGE),
            median(c, DIRECT_ROWS, lab, 0, PAGE));
        row(
            lines,
            size,
            onBoard,
            "middle page (offset " + middle + ")",
            median(c, rows, lab, middle, PAGE),
            median(c, DIRECT_ROWS, lab, middle, PAGE));
        row(
            lines,
            size,
            onBoard,
            "my rank",
            median(c, rank, lab, me),
            median(c, DIRECT_RANK, lab, me));
        row(
            lines,
            size,
            onBoard,
            "learners on board / scored count(*)",
            median(c, jdbc(LeaderboardRepository.PUBLIC_COUNT), lab),
            median(c, SUBMISSION_COUNT, lab));
        double snapshot = privateSnapshot(c, lab);
        long onPrivate =
            single(c, "SELECT learners FROM lab_private_board_state WHERE lab_id = ?", lab);
        int privateMiddle = (int) (onPrivate / 2 / PAGE * PAGE);
        row(
            lines,
            size,
            onPrivate,
            "private board: computing the snapshot (first view after the reveal)",
            snapshot,
            Double.NaN);
        row(
            lines,
            size,
            onPrivate,
            "private board top-50 page",
            median(c, jdbc(LeaderboardRepository.PRIVATE_ROWS), lab, 0, PAGE),
            median(c, DIRECT_PRIVATE_ROWS, lab, 0, PAGE));
        row(
            lines,
            size,
            onPrivate,
            "private board middle page (offset " + privateMiddle + ")",
            median(c, jdbc(LeaderboardRepository.PRIVATE_ROWS), lab, privateMiddle, PAGE),
            median(c, DIRECT_PRIVATE_ROWS, lab, privateMiddle, PAGE));
        double perScore = scoringCost(c, lab, users[0], learners);
        lines.add(
            String.format(
                Locale.ROOT,
                "| %d | %d | load %.0f ms, rebuild %.0f ms, trigger per scoring %.2f ms | | |",
                size,
                onBoard,
                load,
                rebuild,
                perScore));
      }
    }
    String table = String.join("\n", lines) + "\n";
    System.out.println("\n=== Leaderboard benchmark (median of " + RUNS + " runs) ===\n" + table);
    Path out = Path.of("target/bench/leaderboard.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, table);
  }

  /** Positional parameters as JDBC writes them. */
  static String jdbc(String sql) {
    return sql.replaceAll("\\?\\d+", "?");
  }

  private static long[] users(Connection c, int count) throws SQLException {
    exec(
        c,
        "INSERT INTO app_user (email, display_name, created_at, updated_at)"
            + " SELECT 'bench-' || g || '-' || md5(random()::text) || '@bench.hocsau.vn',"
            + " 'Học viên ' || g, now(), now() FROM generate_series(1, "
            + count
            + ") g");
    long max;
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT max(id) FROM app_user")) {
      r.next();
      max = r.getLong(1);
    }
    return new long[] {max - count + 1, max};
  }

  private static long lab(Connection c, int size) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "WITH k AS (INSERT INTO course (slug, level, content_hash, imported_at)"
                    + " VALUES ('bench-"
                    + size
                    + "-' || md5(random()::text), 'beginner', 'x', now())"
                    + " RETURNING id)"
                    + " INSERT INTO lab (course_id, slug, kind, metric, higher_is_better,"
                    + " has_leaderboard, daily_limit) SELECT id, 'bench', 'competition',"
                    + " 'accuracy', TRUE, TRUE, 5 FROM k RETURNING id")) {
      r.next();
      return r.getLong(1);
    }
  }

  /** Bulk load with triggers off (replica role), as a data import would; then one rebuild. */
  private static double load(Connection c, long lab, int size, long firstUser, int learners)
      throws Exception {
    return millis(
        () -> {
          exec(c, "SET session_replication_role = replica");
          exec(
              c,
              "INSERT INTO lab_submission (lab_id, user_id, kind, status, public_score,"
                  + " private_score, charged, created_at)"
                  + " SELECT "
                  + lab
                  + ", "
                  + firstUser
                  + " + (g::bigint * 7919) % "
                  + learners
                  + ", 'predictions',"
                  + " st, CASE WHEN st = 'SCORED' THEN round(random()::numeric, 4) END,"
                  + " CASE WHEN st = 'SCORED' THEN random() END, TRUE,"
                  + " timestamptz '2026-01-01' + g * interval '1 second'"
                  + " FROM generate_series(1, "
                  + size
                  + ") g,"
                  + " LATERAL (SELECT CASE WHEN g % 20 = 0 THEN 'FAILED' WHEN g % 20 = 1 THEN 'INVALID'"
                  + " WHEN g % 20 = 2 THEN 'PENDING' ELSE 'SCORED' END AS st) x");
          exec(c, "SET session_replication_role = DEFAULT");
        });
  }

  /** Mean cost of one scoring with the trigger on: 200 pending submissions turned SCORED. */
  private static double scoringCost(Connection c, long lab, long firstUser, int learners)
      throws Exception {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      try (PreparedStatement p =
          c.prepareStatement(
              "INSERT INTO lab_submission (lab_id, user_id, kind, status, charged, created_at)"
                  + " VALUES (?, ?, 'predictions', 'PENDING', TRUE, now()) RETURNING id")) {
        p.setLong(1, lab);
        p.setLong(2, firstUser + (i * 37L) % learners);
        try (ResultSet r = p.executeQuery()) {
          r.next();
          ids.add(r.getLong(1));
        }
      }
    }
    return millis(
            () -> {
              for (long id : ids) {
                try (PreparedStatement p =
                    c.prepareStatement(
                        "UPDATE lab_submission SET status = 'SCORED', public_score = random(),"
                            + " private_score = random(), scored_at = now() WHERE id = ?")) {
                  p.setLong(1, id);
                  p.executeUpdate();
                }
              }
            })
        / ids.size();
  }

  private static double median(Connection c, String sql, long... params) throws Exception {
    for (int i = 0; i < 2; i++) {
      run(c, sql, params);
    }
    double[] times = new double[RUNS];
    for (int i = 0; i < RUNS; i++) {
      times[i] = millis(() -> run(c, sql, params));
    }
    Arrays.sort(times);
    return times[RUNS / 2];
  }

  private static void run(Connection c, String sql, long... params) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        p.setLong(i + 1, params[i]);
      }
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          r.getObject(1);
        }
      }
    }
  }

  private static long single(Connection c, String sql, long param) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      p.setLong(1, param);
      try (ResultSet r = p.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private static void row(
      List<String> lines, int size, long learners, String query, double mat, double direct) {
    lines.add(
        String.format(
            Locale.ROOT,
            "| %d | %d | %s | %s | %.2f |",
            size,
            learners,
            query,
            Double.isNaN(mat) ? "–" : String.format(Locale.ROOT, "%.2f", mat),
            direct));
  }

  private static void exec(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  interface Timed {
    void run() throws Exception;
  }

  private static double millis(Timed work) throws Exception {
    long start = System.nanoTime();
    work.run();
    return (System.nanoTime() - start) / 1e6;
  }
}
