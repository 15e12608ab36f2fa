package vn.hocsau.certificate;

/**
 * One line of the learner's certificates page.
 *
 * @param linkedIn LinkedIn's "add to profile" address for this certificate
 */
public record CertificateSummary(
    String id,
    String courseSlug,
    String courseTitle,
    int courseVersion,
    String issuedOn,
    String learnerName,
    boolean revoked,
    String revokedReason,
    boolean reissued,
    String verifyUrl,
    String linkedIn) {}
