package vn.hocsau.account.apitoken;

import java.time.Instant;
import vn.hocsau.system.token.TokenListing;

/**
 * What the tokens page shows about a personal API token; never the token itself.
 *
 * @param hint the token's first characters, to tell tokens apart
 */
public record ApiTokenView(
    Long id, String name, String hint, Instant createdAt, Instant lastUsedAt, Instant revokedAt)
    implements TokenListing {

  @Override
  public Instant lastUsed() {
    return lastUsedAt;
  }
}
