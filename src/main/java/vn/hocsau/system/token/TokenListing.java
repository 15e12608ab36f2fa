package vn.hocsau.system.token;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** What a token page shows about one token; never the token itself. */
public interface TokenListing {

  /** Formats {@link #lastUsed()} to the minute, its resolution. */
  DateTimeFormatter MINUTE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  Long id();

  String name();

  /** The token's first characters, to tell tokens apart. */
  String hint();

  Instant createdAt();

  /** When the token was last used, or null if never. */
  Instant lastUsed();

  Instant revokedAt();

  /** When the token was last used, to the minute, or an empty string. */
  default String lastUsedText() {
    return lastUsed() == null ? "" : MINUTE.format(lastUsed());
  }

  /** Whether the token still authenticates. */
  default boolean active() {
    return revokedAt() == null;
  }
}
