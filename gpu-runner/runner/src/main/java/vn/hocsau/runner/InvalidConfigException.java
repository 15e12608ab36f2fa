package vn.hocsau.runner;

import java.util.List;

/**
 * Thrown when the runner configuration has one or more problems. It lists all of them at once, so
 * an operator fixes the environment file in one pass rather than one restart per typo.
 */
public class InvalidConfigException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;

  /** Creates the exception from a non-empty list of human-readable problems. */
  public InvalidConfigException(List<String> problems) {
    super("Invalid runner configuration:\n  - " + String.join("\n  - ", problems));
    this.problems = List.copyOf(problems);
  }

  /** Each problem, one line each, naming the setting it is about. */
  public List<String> problems() {
    return problems;
  }
}
