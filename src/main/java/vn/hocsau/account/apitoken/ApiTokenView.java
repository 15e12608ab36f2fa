package vn.hocsau.account.apitoken;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * What the tokens page shows about a token; never the token itself.
 *
 * @param hint the token's first characters, to tell tokens apart
 */
public record ApiTokenView(
    Long id, String name, String hint, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  /** When the token was last used, to the minute (its resolution), or an empty string. */
  public String lastUsedText() {
    return lastUsedAt == null ? "" : MINUTE.format(lastUsedAt);
  }

  public boolean active() {
    return revokedAt == null;
  }
}
