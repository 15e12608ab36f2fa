package vn.hocsau.submission;

import vn.hocsau.system.DomainException;
import vn.hocsau.system.i18n.LabsMessages;
import vn.hocsau.system.i18n.Language;

/** A refused disqualification or reinstatement; the page shows it with its status. */
public class ModerationException extends DomainException {

  /** Why, with the HTTP status. */
  public enum Problem {
    REASON_REQUIRED(400),
    REASON_TOO_LONG(400),
    NOT_FOUND(404),
    ALREADY_DISQUALIFIED(409),
    NOT_DISQUALIFIED(409);

    private final int status;

    Problem(int status) {
      this.status = status;
    }

    /** The HTTP status of the refusal. */
    public int status() {
      return status;
    }

    /** The translated explanation. */
    public String message(LabsMessages m) {
      return switch (this) {
        case REASON_REQUIRED -> m.moderation_reason_required();
        case REASON_TOO_LONG -> m.moderation_reason_too_long(SubmissionModeration.MAX_REASON);
        case NOT_FOUND -> m.moderation_not_found();
        case ALREADY_DISQUALIFIED -> m.moderation_already_disqualified();
        case NOT_DISQUALIFIED -> m.moderation_not_disqualified();
      };
    }
  }

  private final Problem problem;

  public ModerationException(Problem problem) {
    super(problem.name());
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }

  @Override
  public int status() {
    return problem.status();
  }

  @Override
  public String message(Language language) {
    return problem.message(language.bundle(LabsMessages.class));
  }
}
