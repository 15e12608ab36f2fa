package vn.hocsau.runner.job;

/**
 * What the runner reports for one attempt.
 *
 * @param errorClass the class
 * @param message what the learner reads, or {@code null}
 */
public record Verdict(ErrorClass errorClass, String message) {

  static Verdict of(ErrorClass errorClass, String message) {
    return new Verdict(errorClass, message);
  }
}
