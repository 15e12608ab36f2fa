package vn.hocsau.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import vn.hocsau.job.runner.NewRunnerToken;
import vn.hocsau.job.runner.RunnerTokenService;
import vn.hocsau.lab.DatasetRegistry;

/**
 * Real training quick enough for every build, shared by the tests that need it: Fashion-MNIST cut
 * to {@value #TRAIN_ROWS} training and {@value #TEST_ROWS} test rows, labs copied to train on it
 * for {@value #LIMITS}, and a real gpu-runner process (bubblewrap sandbox and all) with two one-CPU
 * slots, so two jobs of a few seconds train at once.
 */
public final class SubsetTraining {

  /** The small dataset's slug. */
  public static final String DATASET = "fashion-mnist-ci-subset";

  /** The limits of a quick run. */
  public static final String LIMITS = "{wallSeconds: 120, memoryMb: 1536, maxEpochs: 2}";

  static final int TRAIN_ROWS = 1000;
  static final int TEST_ROWS = 200;

  private static final Path DATASETS = Path.of("target/reference-labs/datasets");

  private SubsetTraining() {}

  /**
   * Skips the calling test when Debian's Fashion-MNIST, which the subset is cut from, is absent.
   */
  public static void assumeDataInstalled() {
    assumeTrue(
        FashionMnistSubset.installed(),
        "Fashion-MNIST is not installed: apt-get install dataset-fashion-mnist (files in "
            + FashionMnistSubset.DEBIAN
            + ")");
  }

  /** Cuts the small dataset (again) and registers it with the platform. */
  public static void registerDataset(DatasetRegistry datasets) throws IOException {
    FashionMnistSubset.write(DATASETS, DATASET, TRAIN_ROWS, TEST_ROWS);
    assertEquals(List.of(), datasets.registerAll(DATASETS));
  }

  /**
   * Copies every lab of {@code course} that has a reference solution into {@code labs}, training on
   * the small dataset within {@link #LIMITS}. With {@code reachablePassMarks}, a lab's pass mark
   * becomes {@link ReferenceLab#saneMark()}: the real ones are for the full data. Returns the labs
   * copied.
   */
  public static List<ReferenceLab> copyLabs(Path course, Path labs, boolean reachablePassMarks)
      throws IOException {
    List<ReferenceLab> found = ReferenceLab.of(course);
    for (ReferenceLab lab : found) {
      lab.copyForTest(labs, DATASET, LIMITS, reachablePassMarks ? lab.saneMark() : null);
    }
    return found;
  }

  /** Starts a runner for the app at {@code site} under a new runner token named {@code name}. */
  public static Runner startRunner(URL site, RunnerTokenService tokens, String name)
      throws IOException {
    NewRunnerToken token = tokens.create(name);
    try {
      RunnerProcess process =
          RunnerProcess.start(
              site,
              token.token(),
              RunnerProcess.WORK,
              Map.of("HOCSAU_MEMORY_LIMIT", "1536m", "HOCSAU_RUNNER_SLOTS", "cpu,cpu"));
      return new Runner(process, tokens, token);
    } catch (IOException | RuntimeException e) {
      tokens.revoke(token.view().id());
      throw e;
    }
  }

  /** A running runner; closing it stops the process and revokes its token. */
  public static final class Runner implements AutoCloseable {

    final RunnerProcess process;
    private final RunnerTokenService tokens;
    private final NewRunnerToken token;

    private Runner(RunnerProcess process, RunnerTokenService tokens, NewRunnerToken token) {
      this.process = process;
      this.tokens = tokens;
      this.token = token;
    }

    /** Whether the runner process still runs. */
    public boolean isAlive() {
      return process.isAlive();
    }

    /** The runner's output so far, for failure messages. */
    public String output() {
      return process.output();
    }

    @Override
    public void close() throws InterruptedException {
      try {
        process.close();
      } finally {
        tokens.revoke(token.view().id());
      }
    }
  }
}
