package vn.hocsau.submission;

import vn.hocsau.system.DomainException;
import vn.hocsau.system.i18n.Language;

/**
 * The API's answer to a predictions file that was stored as INVALID: a 422 problem of type {@code
 * urn:hocsau:lab:invalid-predictions} with the first offending line. The submission stays in the
 * learner's list, uncharged; the page shows the same problem on the lab page instead.
 */
public class InvalidPredictionsException extends DomainException {

  private final SubmissionView submission;

  /** For {@code submission}, an INVALID one read in the caller's language. */
  InvalidPredictionsException(SubmissionView submission) {
    super("invalid predictions in submission " + submission.id());
    this.submission = submission;
  }

  @Override
  public int status() {
    return 422;
  }

  @Override
  public String problemType() {
    return "urn:hocsau:lab:invalid-predictions";
  }

  /**
   * The stored problem, translated when the submission was read for this same request, so already
   * in the caller's language.
   */
  @Override
  public String message(Language language) {
    return submission.message();
  }

  @Override
  public Long line() {
    return submission.line();
  }
}
