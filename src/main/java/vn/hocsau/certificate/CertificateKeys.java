package vn.hocsau.certificate;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.hocsau.system.Sha256;

/**
 * The certificate signing key and the published public keys (the current one first, then the
 * previous ones from configuration). The private key is held here only: never logged, never shown,
 * and a generated one is written with mode 600.
 */
@ApplicationScoped
@Startup
public class CertificateKeys {

  private static final Logger LOG = Logger.getLogger(CertificateKeys.class);

  /** The key that signs new certificates. */
  public record SigningKey(String keyId, KeyPair pair) {
    @Override
    public String toString() {
      // Records print their components; a private key must never reach a log line.
      return "SigningKey[" + keyId + "]";
    }
  }

  @Inject CertificatesConfig config;

  private Optional<SigningKey> current = Optional.empty();
  private PublishedKeys published = new PublishedKeys(Map.of());

  @PostConstruct
  void load() {
    Optional<KeyPair> pair = configured().or(this::generated);
    current = pair.map(p -> new SigningKey(config.keyId().orElseGet(() -> derivedId(p)), p));
    Map<String, PublicKey> keys = new LinkedHashMap<>();
    current.ifPresent(k -> keys.put(k.keyId(), k.pair().getPublic()));
    for (String entry : config.previousKeys().orElse(java.util.List.of())) {
      int colon = entry.indexOf(':');
      if (colon <= 0) {
        throw new IllegalArgumentException(
            "hocsau.certificates.previous-keys entries are kid:x (raw key in base64url)");
      }
      keys.putIfAbsent(
          entry.substring(0, colon).strip(), Ed25519.publicFromRaw(entry.substring(colon + 1)));
    }
    published = new PublishedKeys(keys);
    if (current.isEmpty()) {
      LOG.warn(
          "No certificate signing key (hocsau.certificates.signing-key): certificates cannot be"
              + " issued");
    }
  }

  /** The signing key; empty when none is configured (production without one). */
  public Optional<SigningKey> current() {
    return current;
  }

  /** The public keys anyone may verify with. */
  public PublishedKeys published() {
    return published;
  }

  private Optional<KeyPair> configured() {
    return config.signingKey().filter(s -> !s.isBlank()).map(CertificateKeys::readPkcs8);
  }

  private Optional<KeyPair> generated() {
    if (!config.generateKey()) {
      return Optional.empty();
    }
    Path file = Path.of(config.keyFile());
    try {
      if (Files.isRegularFile(file)) {
        return Optional.of(readPkcs8(file.toString()));
      }
      KeyPair pair = Ed25519.generate();
      Files.createDirectories(file.toAbsolutePath().getParent());
      Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".cert-key", ".tmp");
      Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
      Files.writeString(
          tmp, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n");
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
      LOG.infof("Generated a certificate signing key in %s", file);
      return Optional.of(pair);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** PKCS#8 in base64 (or PEM), given inline or as the path of a file holding it. */
  static KeyPair readPkcs8(String value) {
    String text = value.strip();
    if (!text.startsWith("MC") && !text.startsWith("-----")) {
      try {
        text = Files.readString(Path.of(text), StandardCharsets.US_ASCII);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the certificate signing key file", e);
      }
    }
    String base64 = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    return Ed25519.pairFromPkcs8(Base64.getDecoder().decode(base64));
  }

  private static String derivedId(KeyPair pair) {
    return "ed25519-" + Sha256.hex(pair.getPublic().getEncoded()).substring(0, 16);
  }
}
