package vn.hocsau.grant;

import java.util.Locale;
import vn.hocsau.system.RefusalException;

/**
 * A refused application, edit, decision or quota setting; pages show it on their form, the API as
 * problem+json of type {@code urn:hocsau:grant:<problem>}.
 */
public class GrantException extends RefusalException {

  /** Why, with the HTTP status. */
  public enum Problem {
    LETTER_TOO_SHORT(422),
    LETTER_TOO_LONG(422),
    HOURS_INVALID(422),
    WEEKS_INVALID(422),
    COURSE_NOT_FOUND(422),
    ALREADY_OPEN(409),
    NOT_FOUND(404),
    FORBIDDEN(403),
    ALREADY_DECIDED(409),
    NOT_EDITABLE(409),
    GRANT_HOURS_INVALID(422),
    REASON_REQUIRED(400),
    QUESTION_REQUIRED(400),
    NOTE_TOO_LONG(400),
    QUOTA_INVALID(422);

    private final int status;

    Problem(int status) {
      this.status = status;
    }

    /** The HTTP status. */
    public int status() {
      return status;
    }
  }

  /**
   * A problem and the numbers its explanation names (a limit, a length).
   *
   * @param problem what is wrong
   * @param first the first number the message names, or 0
   * @param second the second one, or 0
   */
  record Refusal(Problem problem, long first, long second) implements Reason<GrantMessages> {

    @Override
    public String name() {
      return problem.name();
    }

    @Override
    public int status() {
      return problem.status;
    }

    @Override
    public Class<GrantMessages> bundle() {
      return GrantMessages.class;
    }

    @Override
    public String message(GrantMessages m) {
      String a = String.valueOf(first);
      return switch (problem) {
        case LETTER_TOO_SHORT -> m.err_letter_short(a, String.valueOf(second));
        case LETTER_TOO_LONG -> m.err_letter_long(a);
        case HOURS_INVALID -> m.err_hours(a);
        case WEEKS_INVALID -> m.err_weeks(a);
        case COURSE_NOT_FOUND -> m.err_course();
        case ALREADY_OPEN -> m.err_already_open();
        case NOT_FOUND -> m.err_not_found();
        case FORBIDDEN -> m.err_forbidden();
        case ALREADY_DECIDED -> m.err_already_decided();
        case NOT_EDITABLE -> m.err_not_editable();
        case GRANT_HOURS_INVALID -> m.err_grant_hours(a);
        case REASON_REQUIRED -> m.err_reason_required();
        case QUESTION_REQUIRED -> m.err_question_required();
        case NOTE_TOO_LONG -> m.err_note_long(a);
        case QUOTA_INVALID -> m.err_quota_invalid(a);
      };
    }
  }

  /** Refuses because of {@code problem}, whose message names no number. */
  public GrantException(Problem problem) {
    this(problem, 0, 0);
  }

  /** Refuses because of {@code problem}, whose message names {@code first} and {@code second}. */
  public GrantException(Problem problem, long first, long second) {
    super(new Refusal(problem, first, second));
  }

  /** Why the request was refused. */
  public Problem problem() {
    return ((Refusal) reason()).problem();
  }

  @Override
  public String problemType() {
    return "urn:hocsau:grant:" + problem().name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
