package vn.hocsau.job;

import java.util.function.Function;
import vn.hocsau.system.i18n.AppMessages;

/** A runner's call was refused; nothing was changed. Mapped to problem+json in {@code system}. */
public class RunnerApiException extends RuntimeException {

  private final RunnerProblem problem;
  private final transient Function<AppMessages, String> detail;

  /** A refusal of kind {@code problem}, explained by {@code detail} in the caller's language. */
  public RunnerApiException(RunnerProblem problem, Function<AppMessages, String> detail) {
    super(problem.name(), null, false, false);
    this.problem = problem;
    this.detail = detail;
  }

  /** What is wrong. */
  public RunnerProblem problem() {
    return problem;
  }

  /** The explanation in the language of {@code messages}. */
  public String detail(AppMessages messages) {
    return detail.apply(messages);
  }
}
