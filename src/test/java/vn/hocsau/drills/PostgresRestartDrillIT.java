package vn.hocsau.drills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Drill 1 against the packaged platform (run by failsafe after {@code package}): PostgreSQL is
 * stopped and restarted under load, first cleanly, then with {@code kill -9}. Predictions files
 * only: they are scored inside the request, so no runner is needed; training jobs under a database
 * restart are the runner drills' business.
 */
class PostgresRestartDrillIT {

  /** The default suite's version: four learners, two 3-second outages. */
  @Test
  void postgresRestartsUnderSmallLoad() throws Exception {
    drill(
        new PostgresRestartDrill.Load(
            4,
            new VirtualLearner.Pace(Duration.ofMillis(200), 2, 15),
            Duration.ofSeconds(3),
            Duration.ofSeconds(3),
            Duration.ofSeconds(4)));
  }

  /** The full drill: twelve learners, two 15-second outages. */
  @Test
  @Tag("drills")
  void postgresRestartsUnderLoad() throws Exception {
    drill(
        new PostgresRestartDrill.Load(
            12,
            new VirtualLearner.Pace(Duration.ofMillis(150), 3, 19),
            Duration.ofSeconds(10),
            Duration.ofSeconds(15),
            Duration.ofSeconds(15)));
  }

  private static void drill(PostgresRestartDrill.Load load) throws Exception {
    try (PostgresRestartDrill drill = PostgresRestartDrill.prepare()) {
      DrillReport report = drill.run(load);
      System.out.println("DRILL " + report.line());
      for (PostgresRestartDrill.Outage o : drill.outages) {
        System.out.println("DRILL outage " + o);
      }
      drill.ledger.unexpectedErrors().forEach(e -> System.out.println("DRILL unexpected " + e));
      String log = drill.platform.log();
      assertEquals(
          List.of(),
          drill.ledger.unexpectedErrors().stream().limit(5).toList(),
          "while the database is down the platform answers 503 with Retry-After, nothing else");
      assertTrue(report.outageErrors() > 0, "the learners saw no outage at all: " + report.line());
      assertTrue(report.accepted() > 0, report.line());
      assertEquals(0, report.lost(), report.line());
      assertEquals(0, report.scoredTwice(), report.line());
      assertEquals(0, report.chargedTwice(), report.line());
      assertEquals(report.accepted(), report.scored() + report.failedWithReason(), report.line());
      for (PostgresRestartDrill.Outage o : drill.outages) {
        assertNotNull(o.readyDown(), "readiness never went DOWN: " + o);
        assertTrue(o.readyDown().isBefore(o.back()), "readiness went DOWN too late: " + o);
        assertNotNull(o.readyUp(), "readiness never came back UP: " + o + "\n" + log);
      }
      for (Duration recovery : report.recoveries()) {
        assertTrue(
            recovery.compareTo(PostgresRestartDrill.RECOVERY_LIMIT) <= 0,
            "recovered in "
                + recovery
                + ", more than "
                + PostgresRestartDrill.RECOVERY_LIMIT
                + ": "
                + report.line());
      }
    }
  }
}
