package vn.hocsau.job.runner;

/** An admin's request about a runner token was refused; nothing was written. */
public class RunnerTokenException extends RuntimeException {

  private final RunnerTokenProblem problem;

  /** Refuses the request because of {@code problem}. */
  public RunnerTokenException(RunnerTokenProblem problem) {
    super(problem.name(), null, false, false);
    this.problem = problem;
  }

  /** What was wrong. */
  public RunnerTokenProblem problem() {
    return problem;
  }
}
