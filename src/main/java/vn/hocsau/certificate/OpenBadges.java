package vn.hocsau.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.hocsau.system.Sha256;

/**
 * A certificate as an Open Badges 3.0 {@code OpenBadgeCredential} (a W3C Verifiable Credential 2.0)
 * with an {@code eddsa-jcs-2022} proof, and the issuer Profile that publishes the keys. Built from
 * the signed record only, so a tampered row yields no badge; the learner appears as a salted
 * SHA-256 of their name, never their email.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OpenBadges {

  /** The issuer Profile's path. */
  public static final String ISSUER_PATH = "/issuer";

  static final List<Object> CONTEXT =
      List.of(
          "https://www.w3.org/ns/credentials/v2",
          "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");

  private static final SecureRandom RANDOM = new SecureRandom();

  /** What {@link #badge} found. */
  public sealed interface Result {
    /** The signed badge. */
    record Badge(Map<String, Object> json) implements Result {}

    /** No such certificate, or its record fails its own signature. */
    record NotFound() implements Result {}

    /** The certificate was revoked (or replaced by a reissue). */
    record Revoked(String revokedAt, String reason) implements Result {}

    /** No signing key is configured, so nothing can be signed. */
    record NoKey() implements Result {}
  }

  @Inject CertificateRepository certificates;
  @Inject CertificateViews views;
  @Inject CertificateKeys keys;
  @Inject CertificatesConfig config;
  @Inject StatusLists statusLists;

  /** The badge of certificate {@code id}, signed now with the current key. */
  public Result badge(String id) {
    Optional<StoredCertificate> found =
        PublicIds.looksValid(id) ? certificates.byPublicId(id) : Optional.empty();
    if (found.isEmpty()) {
      return new Result.NotFound();
    }
    StoredCertificate c = found.get();
    Optional<CertificateRecord> record = views.readSigned(c);
    if (record.isEmpty()) {
      return new Result.NotFound();
    }
    if (c.revoked()) {
      return new Result.Revoked(c.revokedAt().toString(), c.revokedReason());
    }
    Optional<CertificateKeys.SigningKey> key = keys.current();
    if (key.isEmpty()) {
      return new Result.NoKey();
    }
    String created = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    return new Result.Badge(
        DataIntegrityProof.sign(
            document(record.get()),
            key.get().pair().getPrivate(),
            issuerId() + "#" + key.get().keyId(),
            created));
  }

  /** The issuer Profile with one Multikey verification method per published key. */
  public Map<String, Object> issuer() {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("@context", CONTEXT);
    json.put("id", issuerId());
    json.put("type", List.of("Profile"));
    json.put("name", config.issuerName());
    json.put("url", config.publicUrl());
    List<Object> methods = new ArrayList<>();
    keys.published()
        .keys()
        .forEach(
            (kid, key) -> {
              Map<String, Object> m = new LinkedHashMap<>();
              m.put("id", issuerId() + "#" + kid);
              m.put("type", "Multikey");
              m.put("controller", issuerId());
              m.put("publicKeyMultibase", multikey(key));
              methods.add(m);
            });
    json.put("verificationMethod", methods);
    json.put("assertionMethod", methods.stream().map(m -> ((Map<?, ?>) m).get("id")).toList());
    return json;
  }

  /** {@code z} + base58btc of the Ed25519 multicodec prefix 0xed 0x01 and the raw 32-byte key. */
  static String multikey(java.security.PublicKey key) {
    byte[] der = key.getEncoded();
    byte[] bytes = new byte[34];
    bytes[0] = (byte) 0xed;
    bytes[1] = 0x01;
    System.arraycopy(der, der.length - 32, bytes, 2, 32);
    return "z" + Base58.encode(bytes);
  }

  private Map<String, Object> document(CertificateRecord r) {
    Map<String, Object> issuer = new LinkedHashMap<>();
    issuer.put("id", issuerId());
    issuer.put("type", List.of("Profile"));
    issuer.put("name", r.issuer());

    String salt = HexFormat.of().formatHex(randomBytes());
    Map<String, Object> identity = new LinkedHashMap<>();
    identity.put("type", "IdentityObject");
    identity.put("identityHash", "sha256$" + Sha256.hex(r.learnerName() + salt));
    identity.put("identityType", "name");
    identity.put("hashed", true);
    identity.put("salt", salt);

    String title = r.courseTitle("en");
    Map<String, Object> achievement = new LinkedHashMap<>();
    achievement.put(
        "id", config.publicUrl() + "/courses/" + r.courseSlug() + "#v" + r.courseVersion());
    achievement.put("type", List.of("Achievement"));
    achievement.put("name", title);
    achievement.put(
        "description",
        "Completion of version "
            + r.courseVersion()
            + " of the "
            + r.issuer()
            + " course \""
            + title
            + "\" ("
            + r.courseTitle("vi")
            + ").");
    achievement.put("criteria", Map.of("narrative", criteria(r)));

    Map<String, Object> subject = new LinkedHashMap<>();
    subject.put("type", List.of("AchievementSubject"));
    subject.put("identifier", List.of(identity));
    subject.put("achievement", achievement);

    Map<String, Object> json = new LinkedHashMap<>();
    json.put("@context", CONTEXT);
    json.put("id", config.publicUrl() + "/verify/" + r.id());
    json.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
    json.put("issuer", issuer);
    json.put("validFrom", r.issuedAt());
    json.put("name", title);
    json.put("credentialSubject", subject);
    statusLists.entry(r.id()).ifPresent(status -> json.put("credentialStatus", status));
    List<Object> evidence = new ArrayList<>();
    for (CertificateRecord.LabResult l : r.labs()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("id", config.publicUrl() + "/verify/" + r.id() + "#lab-" + l.lab());
      e.put("type", List.of("Evidence"));
      e.put("name", CertificateRecord.pick("en", l.titleVi(), l.titleEn()));
      e.put(
          "narrative", "lab " + l.lab() + ": " + l.metric() + " " + l.score() + " on " + l.date());
      evidence.add(e);
    }
    if (!evidence.isEmpty()) {
      json.put("evidence", evidence);
    }
    return json;
  }

  /** The completion rule as the record shows it: each required quiz's minimum, each lab's mark. */
  private static String criteria(CertificateRecord r) {
    List<String> parts = new ArrayList<>();
    parts.add("Complete the course as its completion rule requires");
    for (CertificateRecord.QuizScore q : r.quizzes()) {
      parts.add(
          "score at least "
              + q.minScore()
              + "% in the quiz \""
              + CertificateRecord.pick("en", q.titleVi(), q.titleEn())
              + "\"");
    }
    for (CertificateRecord.LabResult l : r.labs()) {
      parts.add(
          "pass the lab \""
              + CertificateRecord.pick("en", l.titleVi(), l.titleEn())
              + "\" ("
              + l.metric()
              + ", pass mark "
              + l.passMark()
              + ")");
    }
    return String.join("; ", parts) + ".";
  }

  private String issuerId() {
    return config.publicUrl() + ISSUER_PATH;
  }

  private static byte[] randomBytes() {
    byte[] b = new byte[16];
    RANDOM.nextBytes(b);
    return b;
  }
}
