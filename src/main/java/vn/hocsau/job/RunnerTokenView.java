package vn.hocsau.job;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * What the admin page shows about a runner token; never the token itself.
 *
 * @param hint the token's first characters, to tell tokens apart
 */
public record RunnerTokenView(
    Long id, String name, String hint, Instant createdAt, Instant lastSeenAt, Instant revokedAt) {

  private static final DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  /** When the token was last used, to the minute (its resolution), or an empty string. */
  public String lastSeenText() {
    return lastSeenAt == null ? "" : MINUTE.format(lastSeenAt);
  }

  /** Whether runners can still use the token. */
  public boolean active() {
    return revokedAt == null;
  }
}
