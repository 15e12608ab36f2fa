package vn.hocsau.certificate;

import vn.hocsau.system.DomainException;
import vn.hocsau.system.i18n.Language;

/** A refused revocation or reissue; the page shows it with its status. */
public class CertificateException extends DomainException {

  /** Why, with the HTTP status. */
  public enum Problem {
    NOT_FOUND(404),
    FORBIDDEN(403),
    REASON_REQUIRED(400),
    REASON_TOO_LONG(400),
    ALREADY_REVOKED(409),
    NAME_UNCHANGED(409);

    private final int status;

    Problem(int status) {
      this.status = status;
    }

    /** The HTTP status of the refusal. */
    public int status() {
      return status;
    }

    /** The translated explanation. */
    public String message(CertificateMessages m) {
      return switch (this) {
        case NOT_FOUND -> m.cert_not_found();
        case FORBIDDEN -> m.cert_forbidden();
        case REASON_REQUIRED -> m.cert_reason_required();
        case REASON_TOO_LONG -> m.cert_reason_too_long(CertificateRevocations.MAX_REASON);
        case ALREADY_REVOKED -> m.cert_already_revoked();
        case NAME_UNCHANGED -> m.cert_name_unchanged();
      };
    }
  }

  private final Problem problem;

  public CertificateException(Problem problem) {
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
    return problem.message(language.bundle(CertificateMessages.class));
  }
}
