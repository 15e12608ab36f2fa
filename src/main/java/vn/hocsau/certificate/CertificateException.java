package vn.hocsau.certificate;

import vn.hocsau.system.RefusalException;

/** A refused revocation or reissue; the page shows it with its status. */
public class CertificateException extends RefusalException {

  /** Why, with the HTTP status. */
  public enum Problem implements RefusalException.Reason<CertificateMessages> {
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

    @Override
    public int status() {
      return status;
    }

    @Override
    public Class<CertificateMessages> bundle() {
      return CertificateMessages.class;
    }

    @Override
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

  /** Refuses the request because of {@code problem}. */
  public CertificateException(Problem problem) {
    super(problem);
  }

  /** Why the request was refused. */
  public Problem problem() {
    return (Problem) reason();
  }
}
