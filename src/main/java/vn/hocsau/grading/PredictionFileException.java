package vn.hocsau.grading;

import java.util.List;

/**
 * A predictions file that cannot be scored: the problem, the first offending line (1-based,
 * counting the header; 0 when the problem is not on one line) and the message arguments.
 */
public class PredictionFileException extends Exception {

  private final PredictionProblem problem;
  private final long line;
  private final List<Object> args;

  public PredictionFileException(PredictionProblem problem, long line, Object... args) {
    super(problem + " at line " + line + " " + List.of(args));
    this.problem = problem;
    this.line = line;
    this.args = List.of(args);
  }

  public PredictionProblem problem() {
    return problem;
  }

  public long line() {
    return line;
  }

  public List<Object> args() {
    return args;
  }
}
