package vn.hocsau.account.apitoken;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.hocsau.account.UserRepository;
import vn.hocsau.account.UserView;
import vn.hocsau.system.Sha256;
import vn.hocsau.system.security.RateLimiter;
import vn.hocsau.system.token.TokenException;
import vn.hocsau.system.token.TokenFormat;

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

  // api_token has always stored hex(SHA-256(SHA-256(token))): a plain SHA-256 here would lock
  // every issued token out.
  private static final TokenFormat FORMAT =
      new TokenFormat(PREFIX, token -> Sha256.hex(Sha256.digest(token)));
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
      throw new TokenException(ApiTokenProblem.TOO_MANY);
    }
    TokenFormat.Secret secret = FORMAT.issue();
    ApiToken row = new ApiToken();
    row.userId = userId;
    row.issue(clean, secret, clock.instant());
    tokens.persist(row);
    return new NewApiToken(row.view(), secret.plain());
  }

  /** Revokes one of the user's tokens; someone else's token is "not found". Idempotent. */
  public ApiTokenView revoke(Long userId, Long id) {
    ApiToken row =
        tokens
            .findOwned(id, userId)
            .orElseThrow(() -> new TokenException(ApiTokenProblem.NOT_FOUND));
    row.revoke(clock.instant());
    return row.view();
  }

  /**
   * The user behind {@code token} if it is one of ours, not revoked, and the user still exists;
   * records the use.
   */
  public Optional<UserView> authenticate(String token) {
    if (!FORMAT.accepts(token)) {
      return Optional.empty();
    }
    Optional<ApiToken> row = tokens.findActive(FORMAT.hash(token));
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
      throw new TokenException(ApiTokenProblem.NAME_BLANK);
    }
    if (clean.length() > NAME_MAX) {
      throw new TokenException(ApiTokenProblem.NAME_TOO_LONG);
    }
    return clean;
  }
}
