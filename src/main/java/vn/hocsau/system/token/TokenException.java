package vn.hocsau.system.token;

import vn.hocsau.system.DomainException;
import vn.hocsau.system.i18n.Language;

/** A refused token operation; nothing was written, and the token page shows the problem. */
public class TokenException extends DomainException {

  private final TokenProblem problem;

  /** Refuses the operation because of {@code problem}. */
  public TokenException(TokenProblem problem) {
    super(problem.name());
    this.problem = problem;
  }

  /** What was wrong. */
  public TokenProblem problem() {
    return problem;
  }

  @Override
  public int status() {
    return problem.notFound() ? 404 : 400;
  }

  @Override
  public String message(Language language) {
    return problem.message(language);
  }
}
