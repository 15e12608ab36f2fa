package vn.hocsau.account.apitoken;

import vn.hocsau.system.DomainException;
import vn.hocsau.system.i18n.AppMessages;
import vn.hocsau.system.i18n.Language;

/** A refused token operation; the page shows its problem. */
public class ApiTokenException extends DomainException {

  private final ApiTokenProblem problem;

  /** Refuses the operation because of {@code problem}. */
  public ApiTokenException(ApiTokenProblem problem) {
    super(problem.name());
    this.problem = problem;
  }

  /** What was wrong. */
  public ApiTokenProblem problem() {
    return problem;
  }

  @Override
  public int status() {
    return problem == ApiTokenProblem.NOT_FOUND ? 404 : 400;
  }

  @Override
  public String message(Language language) {
    return problem.message(language.bundle(AppMessages.class));
  }
}
