package vn.hocsau.submission;

import java.util.List;

/** A submission the lab refuses before storing anything; never charged. */
public class LabRefusedException extends RuntimeException {

  /** Why, with its HTTP status and message key. */
  public enum Reason {
    NOT_FOUND(404, "lab_refused_not_found"),
    KIND_NOT_ACCEPTED(422, "lab_refused_kind"),
    EMPTY(422, "lab_refused_empty"),
    BAD_FILE_NAME(400, "lab_refused_file_name"),
    NOT_TEXT(422, "lab_refused_not_text"),
    TOO_LARGE(413, "lab_refused_too_large"),
    DATASET_MISSING(409, "lab_refused_dataset_missing"),
    NOT_STARTED(409, "lab_refused_not_started"),
    DEADLINE_PASSED(409, "lab_refused_deadline"),
    DAILY_LIMIT(429, "lab_refused_daily_limit");

    final int status;
    final String key;

    Reason(int status, String key) {
      this.status = status;
      this.key = key;
    }

    public int status() {
      return status;
    }
  }

  private final Reason reason;
  private final List<String> args;

  public LabRefusedException(Reason reason, String... args) {
    super(reason.name());
    this.reason = reason;
    this.args = List.of(args);
  }

  public Reason reason() {
    return reason;
  }

  /** The translated sentence. */
  public String message(String language) {
    return LabMessages.translate(language, reason.key, args);
  }
}
