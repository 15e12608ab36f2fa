package vn.hocsau.job.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class EtaTest {

  @Test
  void withoutHistoryThereIsNoEstimate() {
    assertTrue(Eta.queued(0, List.of(), 10).isEmpty());
    assertTrue(Eta.running(30, 0, 0, List.of()).isEmpty());
  }

  @Test
  void aQueuedJobWaitsForTheJobsAheadAtTheRecentRateThenRuns() {
    List<Double> runs = List.of(100.0, 300.0, 200.0, 250.0);
    assertEquals(225.0, Eta.queued(0, runs, 0).getAsDouble(), 1e-9, "first in line: just the run");
    // 6 jobs per hour finish: 2 ahead take 20 minutes.
    assertEquals(1200 + 225.0, Eta.queued(2, runs, 6).getAsDouble(), 1e-9);
    assertTrue(Eta.queued(2, runs, 0).isEmpty(), "nothing finished lately: no rate");
  }

  @Test
  void aRunningJobExtrapolatesItsEpochs() {
    assertEquals(60.0, Eta.running(30, 1, 3, List.of()).getAsDouble(), 1e-9);
    assertEquals(70.0, Eta.running(30, 0, 3, List.of(100.0)).getAsDouble(), 1e-9);
    assertEquals(0.0, Eta.running(300, 0, 0, List.of(100.0)).getAsDouble(), 1e-9);
  }
}
