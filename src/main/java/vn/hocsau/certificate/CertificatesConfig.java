package vn.hocsau.certificate;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** Settings of certificates ({@code hocsau.certificates.*}); see README "Certificates". */
@ConfigMapping(prefix = "hocsau.certificates")
public interface CertificatesConfig {

  /**
   * The Ed25519 signing key: PKCS#8 DER in base64, or the path of a file holding that text (or the
   * PEM form). Required in production; never logged or shown.
   */
  Optional<String> signingKey();

  /** The ID of the signing key, published with it; derived from the public key when not set. */
  Optional<String> keyId();

  /**
   * Whether a missing signing key is generated and kept in {@link #keyFile()} (dev and test). Off
   * in production, where a replica with its own key would sign what no one can verify.
   */
  @WithDefault("true")
  boolean generateKey();

  /** Where a generated key lives (mode 600). */
  @WithDefault("data/certificate-signing-key")
  String keyFile();

  /**
   * Public keys used before a rotation, still published so that older certificates verify: each
   * entry {@code kid:x}, x being the raw key in base64url (a JWK's {@code x}).
   */
  Optional<List<String>> previousKeys();

  /** The site's address as learners and employers reach it, for verify links and share links. */
  @WithDefault("http://localhost:8080")
  String publicUrl();

  /** The issuer's name printed on certificates. */
  @WithDefault("HọcSâu")
  String issuerName();
}
