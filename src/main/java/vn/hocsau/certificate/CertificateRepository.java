package vn.hocsau.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.hocsau.system.db.SqlRow;

/** The {@code certificate} and {@code certificate_audit} tables, which this feature owns. */
@ApplicationScoped
public class CertificateRepository {

  private static final String COLUMNS =
      "id, public_id, user_id, course_id, course_slug, course_version, payload, signature, key_id,"
          + " issued_at, revoked_at, revoked_reason, superseded_by";

  @Inject EntityManager em;

  /**
   * Inserts {@code c} unless the learner already holds a certificate for that course version;
   * concurrent callers wait on the unique index and then insert nothing.
   *
   * @return the new row's id, or empty when one existed
   */
  public Optional<Long> insertOnce(StoredCertificate c) {
    List<?> ids =
        em.createNativeQuery(
                "INSERT INTO certificate (public_id, user_id, course_id, course_slug,"
                    + " course_version, payload, signature, key_id, issued_at)"
                    + " VALUES (:p, :u, :c, :s, :v, :payload, :sig, :kid, :at)"
                    + " ON CONFLICT (user_id, course_id, course_version)"
                    + " WHERE superseded_by IS NULL DO NOTHING RETURNING id")
            .setParameter("p", c.publicId())
            .setParameter("u", c.userId())
            .setParameter("c", c.courseId())
            .setParameter("s", c.courseSlug())
            .setParameter("v", c.courseVersion())
            .setParameter("payload", c.payload())
            .setParameter("sig", c.signature())
            .setParameter("kid", c.keyId())
            .setParameter("at", Timestamp.from(c.issuedAt()))
            .getResultList();
    return ids.stream().findFirst().map(id -> ((Number) id).longValue());
  }

  /** The learner's certificate for the course version that no reissue replaced, if any. */
  public Optional<StoredCertificate> current(long userId, long courseId, int version) {
    return list(
            "WHERE user_id = :u AND course_id = :c AND course_version = :v"
                + " AND superseded_by IS NULL",
            q -> q.setParameter("u", userId).setParameter("c", courseId).setParameter("v", version))
        .stream()
        .findFirst();
  }

  /** The certificate with this public ID. */
  public Optional<StoredCertificate> byPublicId(String publicId) {
    return list("WHERE public_id = :p", q -> q.setParameter("p", publicId)).stream().findFirst();
  }

  /** The learner's certificates, newest first. */
  public List<StoredCertificate> ofUser(long userId) {
    return list(
        "WHERE user_id = :u ORDER BY issued_at DESC, id DESC", q -> q.setParameter("u", userId));
  }

  /** The learner's unrevoked certificates of a course. */
  public List<StoredCertificate> validOf(long userId, long courseId) {
    return list(
        "WHERE user_id = :u AND course_id = :c AND revoked_at IS NULL",
        q -> q.setParameter("u", userId).setParameter("c", courseId));
  }

  /** Locks the row, so that a revocation and a reissue of it run one after the other. */
  public Optional<StoredCertificate> lock(String publicId) {
    return list("WHERE public_id = :p FOR UPDATE", q -> q.setParameter("p", publicId)).stream()
        .findFirst();
  }

  /** Marks the certificate revoked. */
  public void revoke(long id, Instant at, String reason, Long by, String supersededBy) {
    em.createNativeQuery(
            "UPDATE certificate SET revoked_at = :t, revoked_reason = :r, revoked_by = :b,"
                + " superseded_by = :s WHERE id = :id AND revoked_at IS NULL")
        .setParameter("t", Timestamp.from(at))
        .setParameter("r", reason)
        .setParameter("b", by)
        .setParameter("s", supersededBy)
        .setParameter("id", id)
        .executeUpdate();
  }

  /** Adds a line to the certificate's audit trail. */
  public void audit(long certificateId, String action, Long actorId, String detail, Instant at) {
    em.createNativeQuery(
            "INSERT INTO certificate_audit (certificate_id, action, actor_id, detail, at)"
                + " VALUES (:c, :a, :by, :d, :t)")
        .setParameter("c", certificateId)
        .setParameter("a", action)
        .setParameter("by", actorId)
        .setParameter("d", detail)
        .setParameter("t", Timestamp.from(at))
        .executeUpdate();
  }

  /** The audit trail of a certificate, oldest first, as {@code action: detail}. */
  public List<String> auditOf(long certificateId) {
    return em.createNativeQuery(
            "SELECT action || ': ' || detail FROM certificate_audit WHERE certificate_id = :c"
                + " ORDER BY at, id",
            String.class)
        .setParameter("c", certificateId)
        .getResultList();
  }

  private List<StoredCertificate> list(
      String where, java.util.function.UnaryOperator<jakarta.persistence.Query> bind) {
    return SqlRow.all(
            bind.apply(SqlRow.query(em, "SELECT " + COLUMNS + " FROM certificate " + where)))
        .stream()
        .map(CertificateRepository::stored)
        .toList();
  }

  private static StoredCertificate stored(SqlRow r) {
    return new StoredCertificate(
        r.longValue("id"),
        r.string("public_id"),
        r.nullableLong("user_id"),
        r.nullableLong("course_id"),
        r.string("course_slug"),
        r.intValue("course_version"),
        r.string("payload"),
        r.string("signature"),
        r.string("key_id"),
        r.instant("issued_at"),
        r.instant("revoked_at"),
        r.string("revoked_reason"),
        r.string("superseded_by"));
  }
}
