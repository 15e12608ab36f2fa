package vn.hocsau.account.apitoken;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Queries on {@link ApiToken}. */
@ApplicationScoped
public class ApiTokenRepository implements PanacheRepository<ApiToken> {

  Optional<ApiToken> findActive(String tokenHash) {
    return find("tokenHash = ?1 and revokedAt is null", tokenHash).firstResultOptional();
  }

  /** The token {@code id} if {@code userId} owns it. */
  Optional<ApiToken> findOwned(Long id, Long userId) {
    return find("id = ?1 and userId = ?2", id, userId).firstResultOptional();
  }

  List<ApiToken> listOf(Long userId) {
    return list("userId", Sort.descending("createdAt", "id"), userId);
  }

  /** Records that the token was used, unless that was recorded after {@code staleBefore}. */
  void touch(Long id, Instant now, Instant staleBefore) {
    update(
        "lastUsedAt = ?1 where id = ?2 and (lastUsedAt is null or lastUsedAt < ?3)",
        now,
        id,
        staleBefore);
  }
}
