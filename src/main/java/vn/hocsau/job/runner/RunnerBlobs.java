package vn.hocsau.job.runner;

import java.util.Optional;

/**
 * The blobs a runner may download, provided by the feature that stores them (the lab feature:
 * dataset files and uploaded model zips). An interface, so that the runner API knows nothing of
 * labs.
 */
public interface RunnerBlobs {

  /**
   * Whether a runner may fetch the blob with this hash; false for anything else, test labels
   * included.
   */
  boolean servableToRunner(String sha256);

  /** The blob's bytes, or empty when there is no such blob. */
  Optional<byte[]> blob(String sha256);
}
