package vn.hocsau.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** Reads the revocation positions of the {@code certificate} table, which this feature owns. */
@ApplicationScoped
public class CertificateStatusRepository {

  @Inject EntityManager em;

  /** The status list position of certificate {@code publicId}. */
  public Optional<StatusListEntry> entryOf(String publicId) {
    List<?> rows =
        em.createNativeQuery("SELECT status_seq FROM certificate WHERE public_id = :p")
            .setParameter("p", publicId)
            .getResultList();
    return rows.stream().findFirst().map(seq -> StatusListEntry.of(((Number) seq).longValue()));
  }

  /** Whether list {@code list} holds any certificate. */
  public boolean listExists(int list) {
    Number max =
        (Number) em.createNativeQuery("SELECT max(status_seq) FROM certificate").getSingleResult();
    return list >= 1 && max != null && StatusListEntry.of(max.longValue()).list() >= list;
  }

  /** The indexes of list {@code list} whose certificates are revoked or replaced by a reissue. */
  public List<Integer> revokedIn(int list) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT status_seq FROM certificate WHERE revoked_at IS NOT NULL"
                    + " AND status_seq >= :lo AND status_seq < :hi")
            .setParameter("lo", StatusListEntry.firstSeq(list))
            .setParameter("hi", StatusListEntry.firstSeq(list + 1))
            .getResultList();
    return rows.stream()
        .map(seq -> StatusListEntry.of(((Number) seq).longValue()).index())
        .toList();
  }
}
