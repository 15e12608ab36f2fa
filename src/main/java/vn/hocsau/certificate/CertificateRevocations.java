package vn.hocsau.certificate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import vn.hocsau.account.AccountService;
import vn.hocsau.course.CourseInstructors;
import vn.hocsau.submission.LabRescored;

/**
 * Revoking a certificate (an admin, or an instructor of its course, with a reason), reissuing one
 * under the learner's current name (the learner), and noting evidence that lost its pass. Every
 * step is written to {@code certificate_audit}.
 */
@ApplicationScoped
@Transactional
public class CertificateRevocations {

  /** The longest reason accepted, in characters. */
  public static final int MAX_REASON = 500;

  /** The reason recorded on a certificate replaced by a reissue. */
  public static final String REISSUED = "reissued";

  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject CertificateRepository certificates;
  @Inject CourseInstructors instructors;
  @Inject AccountService accounts;
  @Inject CertificateIssuer issuer;
  @Inject Clock clock;

  /** Whether {@code userId} may revoke certificates of the course {@code courseSlug}. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean mayRevoke(String courseSlug, long userId, boolean admin) {
    return admin || instructors.teaches(courseSlug, userId);
  }

  /**
   * Revokes the certificate {@code publicId}.
   *
   * @throws CertificateException when the actor may not (also when there is no such certificate and
   *     they are not an admin: that reveals nothing), the reason is missing or too long, or it is
   *     revoked already
   */
  public void revoke(String publicId, long actorId, boolean admin, String reason) {
    StoredCertificate c =
        (PublicIds.looksValid(publicId)
                ? certificates.lock(publicId)
                : java.util.Optional.<StoredCertificate>empty())
            .orElseThrow(
                () ->
                    new CertificateException(
                        admin
                            ? CertificateException.Problem.NOT_FOUND
                            : CertificateException.Problem.FORBIDDEN));
    if (!mayRevoke(c.courseSlug(), actorId, admin)) {
      throw new CertificateException(CertificateException.Problem.FORBIDDEN);
    }
    String why = reason == null ? "" : reason.strip();
    if (why.isEmpty()) {
      throw new CertificateException(CertificateException.Problem.REASON_REQUIRED);
    }
    if (why.length() > MAX_REASON) {
      throw new CertificateException(CertificateException.Problem.REASON_TOO_LONG);
    }
    if (c.revoked()) {
      throw new CertificateException(CertificateException.Problem.ALREADY_REVOKED);
    }
    Instant now = clock.instant();
    certificates.revoke(c.id(), now, why, actorId, null);
    certificates.audit(c.id(), "revoked", actorId, why, now);
  }

  /**
   * Replaces the learner's certificate by one under their current display name: the old one is
   * revoked with the reason {@value #REISSUED}, the new one keeps its course, version and evidence.
   *
   * @return the public ID of the new certificate
   * @throws CertificateException when it is not theirs, is revoked, or their name has not changed
   */
  public String reissue(String publicId, long userId) {
    StoredCertificate c =
        (PublicIds.looksValid(publicId)
                ? certificates.lock(publicId)
                : java.util.Optional.<StoredCertificate>empty())
            .filter(s -> Long.valueOf(userId).equals(s.userId()))
            .orElseThrow(() -> new CertificateException(CertificateException.Problem.NOT_FOUND));
    if (c.revoked()) {
      throw new CertificateException(CertificateException.Problem.ALREADY_REVOKED);
    }
    CertificateRecord old = CertificateRecord.fromJson(parse(c.payload()));
    String name = accounts.get(userId).displayName();
    if (name.equals(old.learnerName())) {
      throw new CertificateException(CertificateException.Problem.NAME_UNCHANGED);
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    CertificateRecord fresh = old.reissued(PublicIds.next(), name, now.toString(), c.publicId());
    certificates.revoke(c.id(), now, REISSUED, userId, fresh.id());
    certificates.audit(c.id(), "reissued", userId, "replaced by " + fresh.id(), now);
    long id =
        certificates
            .insertOnce(issuer.signed(fresh, userId, c.courseId(), now))
            .orElseThrow(() -> new IllegalStateException("reissue collided"));
    certificates.audit(id, "issued", userId, "reissue of " + c.publicId(), now);
    return fresh.id();
  }

  /** Notes, on the learner's valid certificates of the course, that a lab lost its pass. */
  public void noteEvidenceRescored(LabRescored event) {
    for (StoredCertificate c : certificates.validOf(event.userId(), event.courseId())) {
      CertificateRecord record = CertificateRecord.fromJson(parse(c.payload()));
      if (record.labs().stream().anyMatch(l -> l.lab().equals(event.labSlug()))) {
        certificates.audit(
            c.id(),
            "evidence-rescored",
            event.changedBy(),
            "lab "
                + event.labSlug()
                + " submission "
                + event.submissionId()
                + ": "
                + event.oldPublic()
                + " -> "
                + event.newPublic()
                + ", below the pass mark; the certificate stays",
            clock.instant());
      }
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> parse(String payload) {
    try {
      return JSON.readValue(payload, Map.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("unreadable certificate payload", e);
    }
  }
}
