package vn.hocsau.system.token;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.UnaryOperator;

/**
 * How one kind of bearer token looks and is stored: its prefix and 43 random URL-safe characters
 * (256 bits), of which the database keeps only a digest and a short hint. The prefix lets an
 * authentication mechanism tell the kinds apart (and from Keycloak's JWTs), and lets secret
 * scanners find leaked tokens. A token is looked up by its digest, an indexed equality on a value
 * an attacker cannot steer, so no comparison of secrets ever happens in Java.
 *
 * @param prefix the start of every token of this kind, such as {@code hsk_}
 * @param digest the hex digest stored for a plain token
 */
public record TokenFormat(String prefix, UnaryOperator<String> digest) {

  /** Longest plain token looked up; anything longer is not ours and is refused unhashed. */
  static final int MAX_LENGTH = 100;

  private static final SecureRandom RANDOM = new SecureRandom();

  /** A freshly made token: the plain text (shown once), its digest and its hint. */
  public record Secret(String plain, String hash, String hint) {}

  /** Makes a new random token. */
  public Secret issue() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    String plain = prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    return new Secret(plain, digest.apply(plain), plain.substring(0, prefix.length() + 4));
  }

  /** Whether {@code token} may be one of this kind, before any lookup. */
  public boolean accepts(String token) {
    return token != null && token.startsWith(prefix) && token.length() <= MAX_LENGTH;
  }

  /** The digest of {@code token} as stored. */
  public String hash(String token) {
    return digest.apply(token);
  }
}
