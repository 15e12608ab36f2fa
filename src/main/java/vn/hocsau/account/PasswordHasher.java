package vn.hocsau.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Base64;
import vn.hocsau.system.Sha256;
import vn.hocsau.system.security.SecurityConfig;

/**
 * bcrypt password hashing. bcrypt reads at most 72 bytes, and a Vietnamese passphrase reaches that
 * quickly (many letters take 2-3 bytes in UTF-8), so the password is first reduced to a fixed
 * 44-character SHA-256 digest: every character of a long passphrase still counts.
 */
@ApplicationScoped
public class PasswordHasher {

  @Inject SecurityConfig config;

  private volatile String dummyHash;

  /** A new salted hash of {@code password}. */
  public String hash(String password) {
    return BcryptUtil.bcryptHash(prehash(password), config.bcryptCost());
  }

  /** Whether {@code password} matches {@code hash}; a null hash still costs one bcrypt. */
  public boolean matches(String password, String hash) {
    if (hash == null) {
      // Same work as a real check, so response time does not tell whether an email exists.
      BcryptUtil.matches(prehash(password), dummyHash());
      return false;
    }
    return BcryptUtil.matches(prehash(password), hash);
  }

  private String dummyHash() {
    if (dummyHash == null) {
      dummyHash = hash("not-a-real-password-" + System.nanoTime());
    }
    return dummyHash;
  }

  private static String prehash(String password) {
    return Base64.getEncoder().encodeToString(Sha256.digest(password));
  }
}
