package vn.hocsau.runner.job;

/**
 * The payload breaks the contract (a bad file name, an unknown or test-labels role): the runner
 * refuses the job with CONFIG_ERROR before anything runs.
 */
public class RefusedJobException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with the reason the learner and the logs see. */
  public RefusedJobException(String message) {
    super(message);
  }
}
