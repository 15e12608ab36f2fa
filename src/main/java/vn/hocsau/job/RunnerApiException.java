package vn.hocsau.job;

import java.util.function.Function;
import vn.hocsau.system.DomainException;
import vn.hocsau.system.i18n.Bundles;
import vn.hocsau.system.i18n.Language;

/**
 * A runner's call was refused; nothing was changed. Its problem type is what the runner acts on.
 */
public class RunnerApiException extends DomainException {

  private final RunnerProblem problem;
  private final transient Function<JobMessages, String> detail;

  /** A refusal of kind {@code problem}, explained by {@code detail} in the caller's language. */
  public RunnerApiException(RunnerProblem problem, Function<JobMessages, String> detail) {
    super(problem.name());
    this.problem = problem;
    this.detail = detail;
  }

  /** What is wrong. */
  public RunnerProblem problem() {
    return problem;
  }

  @Override
  public int status() {
    return problem.status();
  }

  @Override
  public String problemType() {
    return problem.type();
  }

  @Override
  public String message(Language language) {
    return detail.apply(Bundles.in(language, JobMessages.class));
  }
}
