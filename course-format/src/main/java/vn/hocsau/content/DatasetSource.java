package vn.hocsau.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A dataset as described by its {@code dataset.yaml}, validated; its files may still be absent (a
 * Debian data package that is not installed).
 *
 * @param files the source file names by role: for {@code idx} {@code train-features}, {@code
 *     train-labels}, {@code test-features}, {@code test-labels}; for {@code csv} {@code train}
 *     (with a {@code label} column) and {@code test} (with {@code id} and {@code label} columns)
 * @param sourceDir where the files are
 * @param install how an administrator installs the files, shown while they are missing
 * @param trainRows how many training rows are served (the first ones), or 0 for all of them
 */
public record DatasetSource(
    String slug,
    String title,
    String format,
    String task,
    int numClasses,
    List<Integer> inputShape,
    Path sourceDir,
    Map<String, String> files,
    double publicFraction,
    long seed,
    String install,
    int trainRows,
    String yamlText) {

  /** The roles each format needs. */
  public static final Map<String, List<String>> ROLES =
      Map.of(
          "idx", List.of("train-features", "train-labels", "test-features", "test-labels"),
          "csv", List.of("train", "test"));

  /** The roles holding the answers, which never leave the platform. */
  public static final List<String> HIDDEN_ROLES = List.of("test-labels", "test");

  public boolean classification() {
    return task.equals("classification");
  }
}
