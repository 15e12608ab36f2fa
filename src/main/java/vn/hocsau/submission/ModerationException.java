package vn.hocsau.submission;

import vn.hocsau.system.RefusalException;

/** A refused disqualification or reinstatement; the page shows it with its status. */
public class ModerationException extends RefusalException {

  /** Why, with the HTTP status. */
  public enum Problem implements RefusalException.Reason<LabMessages> {
    REASON_REQUIRED(400),
    REASON_TOO_LONG(400),
    NOT_FOUND(404),
    ALREADY_DISQUALIFIED(409),
    NOT_DISQUALIFIED(409);

    private final int status;

    Problem(int status) {
      this.status = status;
    }

    @Override
    public int status() {
      return status;
    }

    @Override
    public Class<LabMessages> bundle() {
      return LabMessages.class;
    }

    @Override
    public String message(LabMessages m) {
      return switch (this) {
        case REASON_REQUIRED -> m.moderation_reason_required();
        case REASON_TOO_LONG -> m.moderation_reason_too_long(SubmissionModeration.MAX_REASON);
        case NOT_FOUND -> m.moderation_not_found();
        case ALREADY_DISQUALIFIED -> m.moderation_already_disqualified();
        case NOT_DISQUALIFIED -> m.moderation_not_disqualified();
      };
    }
  }

  /** Refuses the request because of {@code problem}. */
  public ModerationException(Problem problem) {
    super(problem);
  }

  /** Why the request was refused. */
  public Problem problem() {
    return (Problem) reason();
  }
}
