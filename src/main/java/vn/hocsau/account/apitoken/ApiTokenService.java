package vn.hocsau.account.apitoken;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import vn.hocsau.account.UserRepository;
import vn.hocsau.account.UserView;
import vn.hocsau.system.Sha256;
import vn.hocsau.system.security.RateLimiter;

/**
 * Personal API tokens: a user creates and revokes their own; the API authenticates with them as
 * that user. A token is {@value #PREFIX} and 43 random URL-safe characters; the prefix lets the
 * authentication mechanism tell it from Keycloak's JWTs and runner tokens, and lets secret scanners
 * find leaked ones.
 */
@ApplicationScoped
@Transactional
public class ApiTokenService {

  /** The start of every personal API token. */
  public static final String PREFIX = "hsk_";

  /** Longest token name. */
  public static final int NAME_MAX = 64;

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int HINT_LENGTH = PREFIX.length() + 4;
  // A write per API call would cost more than "last used" is worth; a minute is precise enough.
  private static final Duration USED_RESOLUTION = Duration.ofMinutes(1);

  @Inject ApiTokenRepository tokens;
  @Inject UserRepository users;
  @Inject RateLimiter rateLimiter;
  @Inject ApiTokenConfig config;
  @Inject Clock clock;

  /** The user's tokens, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ApiTokenView> list(Long userId) {
    return tokens.listOf(userId).stream().map(ApiToken::view).toList();
  }

  /** Creates a token for {@code userId}; the plain text is in the result and nowhere else. */
  public NewApiToken create(Long userId, String name) {
    String clean = checkName(name);
    rateLimiter.acquire("api-token-create:" + userId, config.createPerWindow());
    long active = tokens.count("userId = ?1 and revokedAt is null", userId);
    if (active >= config.maxActive()) {
      throw new ApiTokenException(ApiTokenProblem.TOO_MANY);
    }
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    ApiToken row = new ApiToken();
    row.userId = userId;
    row.name = clean;
    row.tokenHash = hash(token);
    row.tokenHint = token.substring(0, HINT_LENGTH);
    row.createdAt = clock.instant();
    tokens.persist(row);
    return new NewApiToken(row.view(), token);
  }

  /** Revokes one of the user's tokens; someone else's token is "not found". Idempotent. */
  public ApiTokenView revoke(Long userId, Long id) {
    ApiToken row =
        tokens
            .findOwned(id, userId)
            .orElseThrow(() -> new ApiTokenException(ApiTokenProblem.NOT_FOUND));
    if (row.revokedAt == null) {
      row.revokedAt = clock.instant();
    }
    return row.view();
  }

  /**
   * The user behind {@code token} if it is one of ours, not revoked, and the user still exists;
   * records the use.
   */
  public Optional<UserView> authenticate(String token) {
    if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
      return Optional.empty();
    }
    Optional<ApiToken> row = tokens.findActive(hash(token));
    if (row.isEmpty()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    tokens.touch(row.get().id, now, now.minus(USED_RESOLUTION));
    return users.findByIdOptional(row.get().userId).map(u -> u.view());
  }

  private static String checkName(String name) {
    String clean = name == null ? "" : name.strip();
    if (clean.isEmpty() || clean.chars().anyMatch(Character::isISOControl)) {
      throw new ApiTokenException(ApiTokenProblem.NAME_BLANK);
    }
    if (clean.length() > NAME_MAX) {
      throw new ApiTokenException(ApiTokenProblem.NAME_TOO_LONG);
    }
    return clean;
  }

  private static String hash(String token) {
    return Sha256.hex(Sha256.digest(token));
  }
}
