package vn.hocsau.account.apitoken;

/** A refused token operation; the page shows its problem. */
public class ApiTokenException extends RuntimeException {

  private final ApiTokenProblem problem;

  public ApiTokenException(ApiTokenProblem problem) {
    super(problem.name());
    this.problem = problem;
  }

  public ApiTokenProblem problem() {
    return problem;
  }
}
