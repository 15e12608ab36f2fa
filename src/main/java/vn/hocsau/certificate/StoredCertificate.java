package vn.hocsau.certificate;

import java.time.Instant;

/**
 * A row of {@code certificate}: the signed payload and what finds and constrains it.
 *
 * @param payload the canonical JSON that was signed, exactly
 * @param supersededBy the public ID of the reissue that replaced it, or null
 */
public record StoredCertificate(
    long id,
    String publicId,
    Long userId,
    Long courseId,
    String courseSlug,
    int courseVersion,
    String payload,
    String signature,
    String keyId,
    Instant issuedAt,
    Instant revokedAt,
    String revokedReason,
    String supersededBy) {

  /** Whether it was revoked (by staff, or replaced by a reissue). */
  public boolean revoked() {
    return revokedAt != null;
  }
}
