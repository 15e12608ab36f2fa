package vn.hocsau.course.importer;

import java.util.Locale;
import vn.hocsau.course.CourseMessages;
import vn.hocsau.system.DomainException;
import vn.hocsau.system.i18n.Bundles;
import vn.hocsau.system.i18n.Language;

/**
 * A pushed course refused before anything is read or written. Its problem type is {@code
 * urn:hocsau:course:push-<reason>}.
 */
public class CoursePushRefusedException extends DomainException {

  /** Why, with its HTTP status. */
  public enum Reason {
    NOT_A_ZIP(400),
    UNSAFE_NAME(400),
    TOO_LARGE(413),
    NO_COURSE(422),
    NOT_INSTRUCTOR(403);

    final int status;

    Reason(int status) {
      this.status = status;
    }
  }

  private final Reason reason;
  private final String detail;

  CoursePushRefusedException(Reason reason, String detail) {
    super(reason.name());
    this.reason = reason;
    this.detail = detail;
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
    return "urn:hocsau:course:push-" + reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public String message(Language language) {
    CourseMessages m = Bundles.in(language, CourseMessages.class);
    return switch (reason) {
      case NOT_A_ZIP -> m.push_refused_not_a_zip();
      case UNSAFE_NAME -> m.push_refused_unsafe_name(detail);
      case TOO_LARGE -> m.push_refused_too_large(detail);
      case NO_COURSE -> m.push_refused_no_course();
      case NOT_INSTRUCTOR -> m.push_refused_not_instructor(detail);
    };
  }
}
