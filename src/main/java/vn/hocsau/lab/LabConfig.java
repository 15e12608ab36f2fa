package vn.hocsau.lab;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;

/** Datasets and lab submissions ({@code hocsau.labs.*}). */
@ConfigMapping(prefix = "hocsau.labs")
public interface LabConfig {

  /**
   * The folder holding one subfolder per dataset, each with a {@code dataset.yaml}; relative paths
   * start at the working dir.
   */
  @WithDefault("datasets")
  String datasetsDir();

  /**
   * The host folders every training sandbox can read (the runner's {@code SystemView}, see
   * gpu-runner/README.md "What a sandbox sees"). A dataset whose hidden files (test labels) lie
   * under one of them is refused at import.
   */
  @WithDefault(
      "/usr/bin,/usr/sbin,/usr/lib,/usr/lib32,/usr/lib64,/usr/libx32,/usr/libexec,"
          + "/usr/share/zoneinfo,/bin,/sbin,/lib,/lib32,/lib64,/libx32,/etc")
  List<String> sandboxVisiblePaths();

  /** The largest predictions file accepted, in bytes. */
  @WithDefault("8388608")
  long maxPredictionsBytes();

  /**
   * The most bytes read from an upload that is not a predictions file (a DL4J model zip, a config
   * or code file), 64 MiB. Text is then held to {@link #maxCodeChars()}; a request body is first
   * bounded by {@code quarkus.http.limits.max-body-size}.
   */
  @WithDefault("67108864")
  long maxUploadBytes();

  /** The largest pasted or uploaded config or code, in characters. */
  @WithDefault("200000")
  int maxCodeChars();

  /**
   * How often training submissions left PENDING after their job ended are settled ({@code off}
   * disables the sweep); see {@code submission.PendingSubmissionSweep}.
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
