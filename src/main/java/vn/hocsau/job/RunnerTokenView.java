package vn.hocsau.job;

import java.time.Instant;
import vn.hocsau.system.token.TokenListing;

/**
 * What the admin page shows about a runner token; never the token itself.
 *
 * @param hint the token's first characters, to tell tokens apart
 */
public record RunnerTokenView(
    Long id, String name, String hint, Instant createdAt, Instant lastSeenAt, Instant revokedAt)
    implements TokenListing {

  @Override
  public Instant lastUsed() {
    return lastSeenAt;
  }
}
