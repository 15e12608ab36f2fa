package vn.hocsau.certificate;

/**
 * What the certificate PDF prints: exactly what the verify page shows, in both languages.
 *
 * @param issuedOn the issue date, YYYY-MM-DD
 * @param verifyUrl the public verify page, encoded in the QR code
 * @param revokedAt the revocation date (YYYY-MM-DD), or null while valid
 * @param revokedReason the reason given, or null
 * @param reissued whether it was revoked because the learner had it reissued
 */
public record PrintedCertificate(
    String id,
    String learnerName,
    String courseTitleVi,
    String courseTitleEn,
    int courseVersion,
    String issuedOn,
    String issuer,
    String verifyUrl,
    String revokedAt,
    String revokedReason,
    boolean reissued) {

  /** Whether the PDF must be marked revoked. */
  public boolean revoked() {
    return revokedAt != null;
  }
}
