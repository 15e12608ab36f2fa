package vn.hocsau.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Direct writes to certificate rows, to tamper with them or clear them in tests. */
@ApplicationScoped
public class CertificateRows {

  @Inject EntityManager em;

  /** Replaces the stored payload of {@code publicId}. */
  @Transactional
  public void setPayload(String publicId, String payload) {
    em.createNativeQuery("UPDATE certificate SET payload = :p WHERE public_id = :id")
        .setParameter("p", payload)
        .setParameter("id", publicId)
        .executeUpdate();
  }

  /** Deletes the learner's certificates. */
  @Transactional
  public void deleteOf(long userId) {
    em.createNativeQuery("DELETE FROM certificate WHERE user_id = :u")
        .setParameter("u", userId)
        .executeUpdate();
  }

  /** Renames a user, as a profile change would. */
  @Transactional
  public void rename(long userId, String name) {
    em.createNativeQuery("UPDATE app_user SET display_name = :n WHERE id = :u")
        .setParameter("n", name)
        .setParameter("u", userId)
        .executeUpdate();
  }
}
