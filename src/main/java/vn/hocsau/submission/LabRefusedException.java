package vn.hocsau.submission;

import java.util.List;
import java.util.Locale;
import vn.hocsau.system.DomainException;
import vn.hocsau.system.i18n.Language;

/**
 * A submission the lab refuses before storing anything; never charged. On the API its problem type
 * is {@code urn:hocsau:lab:<reason>} and its {@code line} is 0 (no line of the file is at fault).
 */
public class LabRefusedException extends DomainException {

  /** Why, with its HTTP status and message key. */
  public enum Reason {
    NOT_FOUND(404, "lab_refused_not_found"),
    KIND_NOT_ACCEPTED(422, "lab_refused_kind"),
    EMPTY(422, "lab_refused_empty"),
    TOO_MANY_FILES(422, "lab_refused_files"),
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

  @Override
  public int status() {
    return reason.status;
  }

  @Override
  public String problemType() {
    return "urn:hocsau:lab:" + reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The translated sentence. */
  @Override
  public String message(Language language) {
    return LabMessages.translate(language, reason.key, args);
  }

  @Override
  public Long line() {
    return 0L;
  }
}
