package vn.hocsau.system.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The visitor's CSRF token (double-submit cookie): forms carry it in a hidden field, and the
 * cookie, which other sites can neither read nor set, must match it.
 */
@RequestScoped
@Named("csrf")
public class CsrfToken {

  /** Name of the hidden form field. */
  public static final String FIELD = "_csrf";

  private static final SecureRandom RANDOM = new SecureRandom();

  private String value;
  private boolean issued;
  private boolean handedOut;

  void load(String fromCookie) {
    value = isWellFormed(fromCookie) ? fromCookie : null;
  }

  /** The token for hidden form fields; creates one if the visitor has none yet. */
  public String token() {
    handedOut = true;
    if (value == null) {
      byte[] bytes = new byte[32];
      RANDOM.nextBytes(bytes);
      value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      issued = true;
    }
    return value;
  }

  /** The form field name, for templates. */
  public String field() {
    return FIELD;
  }

  /**
   * Whether this request's response carries the token (a form rendered it), so that it is this
   * visitor's alone and must never be kept for another ({@code system.pagecache}).
   */
  public boolean handedOut() {
    return handedOut;
  }

  /** Whether a new token was made in this request and must be sent as a cookie. */
  boolean issued() {
    return issued;
  }

  /** Whether {@code sent} is the visitor's token; compared in constant time. */
  boolean matches(String sent) {
    if (value == null || issued || sent == null) {
      return false;
    }
    return MessageDigest.isEqual(
        value.getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.UTF_8));
  }

  private static boolean isWellFormed(String token) {
    return token != null && token.matches("[A-Za-z0-9_-]{43}");
  }
}
