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
}
