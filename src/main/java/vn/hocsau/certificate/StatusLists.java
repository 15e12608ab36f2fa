package vn.hocsau.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Revocation as W3C Bitstring Status Lists: each badge names its position ({@link #entry}), and
 * {@code /credentials/status/<n>} serves list {@code n} as a {@code BitstringStatusListCredential}
 * signed like the badges ({@code eddsa-jcs-2022}), so any standard verifier sees a revocation with
 * no third-party service.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StatusLists {

  /** Where list {@code n} is served: this path, a slash, and {@code n}. */
  public static final String PATH = "/credentials/status";

  @Inject CertificateStatusRepository status;
  @Inject CertificateKeys keys;
  @Inject CertificatesConfig config;
  @Inject Clock clock;

  /** The {@code credentialStatus} of certificate {@code publicId}'s badge. */
  public Optional<Map<String, Object>> entry(String publicId) {
    return status
        .entryOf(publicId)
        .map(
            e -> {
              Map<String, Object> json = new LinkedHashMap<>();
              json.put("id", url(e.list()) + "#" + e.index());
              json.put("type", "BitstringStatusListEntry");
              json.put("statusPurpose", "revocation");
              json.put("statusListIndex", Integer.toString(e.index()));
              json.put("statusListCredential", url(e.list()));
              return json;
            });
  }

  /** What {@link #credential} found. */
  public sealed interface Result {
    /** The signed list. */
    record Credential(Map<String, Object> json) implements Result {}

    /** No certificate has a position in that list. */
    record NotFound() implements Result {}

    /** No signing key is configured. */
    record NoKey() implements Result {}
  }

  /** List {@code list}, signed now with the current key. */
  public Result credential(int list) {
    if (!status.listExists(list)) {
      return new Result.NotFound();
    }
    Optional<CertificateKeys.SigningKey> key = keys.current();
    if (key.isEmpty()) {
      return new Result.NoKey();
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    Map<String, Object> subject = new LinkedHashMap<>();
    subject.put("id", url(list) + "#list");
    subject.put("type", "BitstringStatusList");
    subject.put("statusPurpose", "revocation");
    subject.put("encodedList", BitstringStatusList.encode(status.revokedIn(list)));
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("@context", List.of("https://www.w3.org/ns/credentials/v2"));
    json.put("id", url(list));
    json.put("type", List.of("VerifiableCredential", "BitstringStatusListCredential"));
    json.put("issuer", config.publicUrl() + OpenBadges.ISSUER_PATH);
    json.put("validFrom", now.toString());
    json.put("credentialSubject", subject);
    return new Result.Credential(
        DataIntegrityProof.sign(
            json,
            key.get().pair().getPrivate(),
            config.publicUrl() + OpenBadges.ISSUER_PATH + "#" + key.get().keyId(),
            now.toString()));
  }

  private String url(int list) {
    return config.publicUrl() + PATH + "/" + list;
  }
}
