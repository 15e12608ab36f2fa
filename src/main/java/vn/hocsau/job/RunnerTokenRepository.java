package vn.hocsau.job;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Queries on {@link RunnerToken}. */
@ApplicationScoped
public class RunnerTokenRepository implements PanacheRepository<RunnerToken> {

  /** The token with this hash, unless it was revoked. */
  public Optional<RunnerToken> findActive(String tokenHash) {
    return find("tokenHash = ?1 and revokedAt is null", tokenHash).firstResultOptional();
  }

  /** All tokens, newest first. */
  public List<RunnerToken> listNewestFirst() {
    return listAll(Sort.descending("createdAt", "id"));
  }

  /** Records that the token was used, unless that was recorded after {@code staleBefore}. */
  public void touch(Long id, Instant now, Instant staleBefore) {
    update(
        "lastSeenAt = ?1 where id = ?2 and (lastSeenAt is null or lastSeenAt < ?3)",
        now,
        id,
        staleBefore);
  }
}
