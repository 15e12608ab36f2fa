package vn.hocsau.account;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/** Queries on {@link UserSession}. */
@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<UserSession, String> {

  /** The unexpired session with this token hash, with its user. */
  public Optional<UserSession> findLive(String tokenHash, Instant now) {
    return find(
            "from UserSession s join fetch s.user where s.tokenHash = ?1 and s.expiresAt > ?2",
            tokenHash,
            now)
        .firstResultOptional();
  }

  /** Ends every session of a user, for example after a password change. */
  public long deleteForUser(Long userId, String exceptTokenHash) {
    return delete("user.id = ?1 and tokenHash <> ?2", userId, exceptTokenHash);
  }

  /** Removes sessions that expired before {@code now}. */
  public long deleteExpired(Instant now) {
    return delete("expiresAt <= ?1", now);
  }
}
