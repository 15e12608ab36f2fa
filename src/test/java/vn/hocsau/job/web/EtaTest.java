package vn.hocsau.job.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The estimate's arithmetic: history for queued jobs, the job's own epoch rate once it runs. */
class EtaTest {

  /** Epoch rows with the trainer's elapsed seconds, epoch 1 first. */
  private static List<TrainingProgress.EpochRow> timed(double... elapsed) {
    List<TrainingProgress.EpochRow> rows = new ArrayList<>();
    for (int i = 0; i < elapsed.length; i++) {
      rows.add(new TrainingProgress.EpochRow(i, i + 1, 0.5, Map.of(), false, elapsed[i], null));
    }
    return rows;
  }

  @Test
  void theRateIsTheJobsOwnOverItsLastEpochs() {
    // A slow first epoch (JIT, caches) and then 10 s each.
    assertEquals(10.0, Eta.secondsPerEpoch(timed(30, 40, 50)).getAsDouble(), 1e-9);
    assertEquals(30.0, Eta.secondsPerEpoch(timed(30)).getAsDouble(), 1e-9, "one epoch: from 0");
    // It slows to 20 s an epoch: the window of the last 5 epochs follows it.
    List<TrainingProgress.EpochRow> slowing = timed(10, 20, 30, 40, 50, 60, 80, 100, 120, 140, 160);
    assertEquals(20.0, Eta.secondsPerEpoch(slowing).getAsDouble(), 1e-9);
    assertTrue(Eta.secondsPerEpoch(List.of()).isEmpty());
    assertTrue(
        Eta.secondsPerEpoch(List.of(new TrainingProgress.EpochRow(1, 1, 0.5, Map.of()))).isEmpty(),
        "no time reported: no rate");
  }

  @Test
  void theEstimateMovesWithEveryEpoch() {
    double[] elapsed = {30, 40, 50, 60};
    double previous = Double.MAX_VALUE;
    for (int done = 1; done <= elapsed.length; done++) {
      List<TrainingProgress.EpochRow> rows = timed(java.util.Arrays.copyOf(elapsed, done));
      // 100 s since the runner started it: start-up is not counted as training.
      double eta = Eta.running(100, done, 10, Eta.secondsPerEpoch(rows), List.of()).getAsDouble();
      assertTrue(eta < previous, "epoch " + done + ": " + eta);
      previous = eta;
    }
    assertEquals(60.0, previous, 1e-9, "6 epochs left at 10 s");
    assertEquals(
        (100.0 / 4) * 6,
        Eta.running(100, 4, 10, OptionalDouble.empty(), List.of()).getAsDouble(),
        1e-9,
        "no trainer clock: time since start per epoch");
  }

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
