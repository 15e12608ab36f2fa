package vn.hocsau.submission;

import java.util.List;
import java.util.Locale;
import vn.hocsau.system.DomainException;
import vn.hocsau.system.i18n.Bundles;
import vn.hocsau.system.i18n.Language;

/**
 * A submission the lab refuses before storing anything; never charged. On the API its problem type
 * is {@code urn:hocsau:lab:<reason>} and its {@code line} is 0 (no line of the file is at fault).
 */
public class LabRefusedException extends DomainException {

  /** Why, with its HTTP status. */
  public enum Reason {
    NOT_FOUND(404),
    KIND_NOT_ACCEPTED(422),
    EMPTY(422),
    TOO_MANY_FILES(422),
    BAD_FILE_NAME(400),
    NOT_TEXT(422),
    TOO_LARGE(413),
    DATASET_MISSING(409),
    NOT_STARTED(409),
    DEADLINE_PASSED(409),
    DAILY_LIMIT(429);

    final int status;

    Reason(int status) {
      this.status = status;
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
    LabMessages m = Bundles.in(language, LabMessages.class);
    return switch (reason) {
      case NOT_FOUND -> m.lab_refused_not_found();
      case KIND_NOT_ACCEPTED -> m.lab_refused_kind(args.get(0));
      case EMPTY -> m.lab_refused_empty();
      case TOO_MANY_FILES -> m.lab_refused_files();
      case BAD_FILE_NAME -> m.lab_refused_file_name();
      case NOT_TEXT -> m.lab_refused_not_text();
      case TOO_LARGE -> m.lab_refused_too_large(args.get(0));
      case DATASET_MISSING -> m.lab_refused_dataset_missing(args.get(0));
      case NOT_STARTED -> m.lab_refused_not_started();
      case DEADLINE_PASSED -> m.lab_refused_deadline();
      case DAILY_LIMIT -> m.lab_refused_daily_limit(args.get(0));
    };
  }

  @Override
  public Long line() {
    return 0L;
  }
}
