package vn.hocsau.certificate;

import java.util.List;

/**
 * What the public verify page shows: only what is printed on the certificate, and its status.
 *
 * @param status VALID, REVOKED, INVALID_SIGNATURE or NOT_FOUND
 * @param revokedAt the revocation date (YYYY-MM-DD), or null
 * @param reissued whether it was revoked because the learner had it reissued
 * @param replacedBy the public ID of the reissue that replaced it, or null
 * @param mayRevoke whether the visitor (an admin, or an instructor of the course) may revoke it
 */
public record VerifyPage(
    String id,
    Status status,
    String learnerName,
    String courseTitle,
    int courseVersion,
    String issuedOn,
    String issuer,
    List<Line> quizzes,
    List<Line> labs,
    String keyId,
    String revokedAt,
    String revokedReason,
    boolean reissued,
    String replacedBy,
    boolean mayRevoke) {

  /** What verification found. */
  public enum Status {
    VALID,
    REVOKED,
    INVALID_SIGNATURE,
    NOT_FOUND
  }

  /** One quiz score or lab result as printed: title, score, detail (metric or minimum), date. */
  public record Line(String title, String score, String detail, String date) {}

  /** The page for an ID that matches no certificate. */
  public static VerifyPage notFound(String id) {
    return new VerifyPage(
        id,
        Status.NOT_FOUND,
        null,
        null,
        0,
        null,
        null,
        List.of(),
        List.of(),
        null,
        null,
        null,
        false,
        null,
        false);
  }

  /** For templates: the status as a word. */
  public String state() {
    return status.name();
  }

  /** Whether a certificate was found (its fields can be shown). */
  public boolean found() {
    return status != Status.NOT_FOUND;
  }
}
