package vn.hocsau.account.reset;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/** Queries on {@link ResetToken}. */
@ApplicationScoped
public class ResetTokenRepository implements PanacheRepositoryBase<ResetToken, String> {

  /** The id of the user whose unexpired link has this token hash. */
  public Optional<Long> findLiveUser(String tokenHash, Instant now) {
    return find("tokenHash = ?1 and expiresAt > ?2", tokenHash, now)
        .firstResultOptional()
        .map(token -> token.user.id);
  }

  /**
   * Deletes the unexpired link with this hash; returns whether this call deleted it. Of two
   * requests racing with one link, PostgreSQL lets exactly one delete the row: that is "single
   * use".
   */
  public boolean consume(String tokenHash, Instant now) {
    return delete("tokenHash = ?1 and expiresAt > ?2", tokenHash, now) == 1;
  }

  /** Ends every link of a user. */
  public long deleteForUser(Long userId) {
    return delete("user.id", userId);
  }

  /** Removes expired links. */
  public long deleteExpired(Instant now) {
    return delete("expiresAt <= ?1", now);
  }
}
