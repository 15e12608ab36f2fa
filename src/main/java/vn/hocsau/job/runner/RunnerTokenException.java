package vn.hocsau.job.runner;

import vn.hocsau.system.DomainException;
import vn.hocsau.system.i18n.AppMessages;
import vn.hocsau.system.i18n.Language;

/** An admin's request about a runner token was refused; nothing was written. */
public class RunnerTokenException extends DomainException {

  private final RunnerTokenProblem problem;

  /** Refuses the request because of {@code problem}. */
  public RunnerTokenException(RunnerTokenProblem problem) {
    super(problem.name());
    this.problem = problem;
  }

  /** What was wrong. */
  public RunnerTokenProblem problem() {
    return problem;
  }

  @Override
  public int status() {
    return problem == RunnerTokenProblem.NOT_FOUND ? 404 : 400;
  }

  @Override
  public String message(Language language) {
    return problem.message(language.bundle(AppMessages.class));
  }
}
