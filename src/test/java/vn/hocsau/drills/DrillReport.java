package vn.hocsau.drills;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures a drill asserts and reports, from what the learners were told ({@link DrillLedger})
 * checked against what the platform stored (read straight from its database after the drill): every
 * accepted submission must be there and have ended; no idempotency key may have been scored or
 * charged twice.
 *
 * @param training accepted submissions that were training jobs for the runners
 * @param lost accepted but absent from the database, or not ended (still PENDING)
 * @param scoredTwice idempotency keys with more than one scored submission
 * @param chargedTwice idempotency keys with more than one charged submission
 * @param recoveries for each outage, from the database accepting connections again to the platform
 *     being ready and serving every learner again
 */
record DrillReport(
    String drill,
    int accepted,
    int training,
    int scored,
    int failedWithReason,
    int lost,
    int scoredTwice,
    int chargedTwice,
    int outageErrors,
    int unexpectedErrors,
    Duration longestError,
    List<Duration> recoveries) {

  private record Row(
      long id, String key, String status, boolean charged, String problem, boolean job) {}

  static DrillReport of(
      String drill, DrillLedger ledger, DrillDatabase db, List<Duration> recoveries)
      throws SQLException {
    Map<Long, Row> byId = new HashMap<>();
    Map<String, Integer> scoredByKey = new HashMap<>();
    Map<String, Integer> chargedByKey = new HashMap<>();
    try (Connection c = db.connect();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select id, idempotency_key, status, charged, problem::text, job_id is not null"
                    + " from lab_submission"
                    + " where idempotency_key is not null")) {
      while (rs.next()) {
        Row row =
            new Row(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getBoolean(4),
                rs.getString(5),
                rs.getBoolean(6));
        byId.put(row.id(), row);
        if (row.status().equals("SCORED")) {
          scoredByKey.merge(row.key(), 1, Integer::sum);
        }
        if (row.charged()) {
          chargedByKey.merge(row.key(), 1, Integer::sum);
        }
      }
    }
    int scored = 0;
    int failed = 0;
    int lost = 0;
    int training = 0;
    for (DrillLedger.Accepted a : ledger.accepted()) {
      Row row = byId.get(a.id());
      if (row != null && row.job()) {
        training++;
      }
      if (row == null || !row.key().equals(a.key())) {
        System.out.println("DRILL lost " + a + ": stored as " + row);
        lost++;
      } else if (row.status().equals("SCORED")) {
        scored++;
      } else if (row.status().equals("FAILED") && row.problem() != null) {
        failed++;
      } else {
        System.out.println("DRILL lost " + a + ": stored as " + row);
        lost++;
      }
    }
    int outageErrors = ledger.errors().size() - ledger.unexpectedErrors().size();
    return new DrillReport(
        drill,
        ledger.accepted().size(),
        training,
        scored,
        failed,
        lost,
        (int) scoredByKey.values().stream().filter(n -> n > 1).count(),
        (int) chargedByKey.values().stream().filter(n -> n > 1).count(),
        outageErrors,
        ledger.unexpectedErrors().size(),
        ledger.longestErrorStreak(),
        recoveries);
  }

  /** The report line, as docs/reliability.md records it. */
  String line() {
    return String.format(
        "%s: accepted %d (%d trained by runners), scored %d, failed with a reason %d, lost %d, scored twice %d, charged"
            + " twice %d; outage answers %d, other errors %d; longest error"
            + " a learner saw %.1f s; recovery %s",
        drill,
        accepted,
        training,
        scored,
        failedWithReason,
        lost,
        scoredTwice,
        chargedTwice,
        outageErrors,
        unexpectedErrors,
        longestError.toMillis() / 1000.0,
        recoveries.stream()
            .map(d -> String.format("%.1f s", d.toMillis() / 1000.0))
            .reduce((a, b) -> a + " / " + b)
            .orElse("-"));
  }
}
