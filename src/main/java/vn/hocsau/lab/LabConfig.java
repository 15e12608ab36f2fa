package vn.hocsau.lab;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Datasets and lab submissions ({@code hocsau.labs.*}). */
@ConfigMapping(prefix = "hocsau.labs")
public interface LabConfig {

  /**
   * The folder holding one subfolder per dataset, each with a {@code dataset.yaml}; relative paths
   * start at the working dir.
   */
  @WithDefault("datasets")
  String datasetsDir();

  /** The largest predictions file accepted, in bytes. */
  @WithDefault("8388608")
  long maxPredictionsBytes();

  /** The largest pasted or uploaded config or code, in characters. */
  @WithDefault("200000")
  int maxCodeChars();

  /**
   * How often training submissions left PENDING after their job ended are settled ({@code off}
   * disables the sweep); see {@link PendingSubmissionSweep}.
   */
  @WithDefault("60s")
  String sweepInterval();

  /**
   * How long after its job ended a PENDING submission is left to the job's own end handling before
   * the sweep settles it.
   */
  @WithDefault("PT2M")
  java.time.Duration sweepGrace();
}
