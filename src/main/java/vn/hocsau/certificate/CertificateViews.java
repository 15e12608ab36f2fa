package vn.hocsau.certificate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads certificates for the pages: the public verify page (signature checked against the published
 * keys), the signed record as JSON, and the learner's list.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CertificateViews {

  /** Where the public keys are published. */
  public static final String KEYS_PATH = "/.well-known/hocsau-certificate-keys.json";

  @Inject CertificateRepository certificates;
  @Inject CertificateKeys keys;
  @Inject CertificateRevocations revocations;
  @Inject CertificatesConfig config;

  /**
   * The verify page of {@code id} in {@code language}; {@code viewerId} and {@code admin} only
   * decide whether the revoke form shows.
   */
  public VerifyPage verify(String id, String language, Optional<Long> viewerId, boolean admin) {
    Optional<StoredCertificate> found =
        PublicIds.looksValid(id) ? certificates.byPublicId(id) : Optional.empty();
    if (found.isEmpty()) {
      return VerifyPage.notFound(id);
    }
    StoredCertificate c = found.get();
    Optional<CertificateRecord> record = readSigned(c);
    VerifyPage.Status status =
        record.isEmpty()
            ? VerifyPage.Status.INVALID_SIGNATURE
            : c.revoked() ? VerifyPage.Status.REVOKED : VerifyPage.Status.VALID;
    // A tampered record is not shown: nothing of it can be trusted.
    CertificateRecord r = record.orElse(null);
    boolean mayRevoke =
        viewerId.isPresent()
            && !c.revoked()
            && revocations.mayRevoke(c.courseSlug(), viewerId.get(), admin);
    return new VerifyPage(
        c.publicId(),
        status,
        r == null ? null : r.learnerName(),
        r == null ? null : r.courseTitle(language),
        r == null ? 0 : r.courseVersion(),
        r == null ? null : day(r.issuedAt()),
        r == null ? null : r.issuer(),
        r == null ? List.of() : quizLines(r, language),
        r == null ? List.of() : labLines(r, language),
        c.keyId(),
        c.revoked() ? day(c.revokedAt().toString()) : null,
        c.revokedReason(),
        CertificateRevocations.REISSUED.equals(c.revokedReason()),
        c.supersededBy(),
        mayRevoke);
  }

  /** The signed record, its signature and status, as served at {@code credential.json}. */
  public Optional<Map<String, Object>> credential(String id) {
    Optional<StoredCertificate> found =
        PublicIds.looksValid(id) ? certificates.byPublicId(id) : Optional.empty();
    return found.map(
        c -> {
          Map<String, Object> json = new LinkedHashMap<>();
          json.put("certificate", CertificateRevocations.parse(c.payload()));
          json.put(
              "signature",
              Map.of(
                  "alg",
                  "EdDSA",
                  "crv",
                  "Ed25519",
                  "kid",
                  c.keyId(),
                  "value",
                  c.signature(),
                  "canonicalization",
                  "RFC 8785 (JCS)",
                  "keys",
                  config.publicUrl() + KEYS_PATH));
          Map<String, Object> status = new LinkedHashMap<>();
          status.put("revoked", c.revoked());
          if (c.revoked()) {
            status.put("revokedAt", c.revokedAt().toString());
            status.put("reason", c.revokedReason());
          }
          json.put("status", status);
          json.put("verify", verifyUrl(c.publicId()));
          return json;
        });
  }

  /**
   * What the PDF of {@code id} prints, in both languages; empty when there is no such certificate
   * or its record fails verification (a tampered record is never printed).
   */
  public Optional<PrintedCertificate> printed(String id) {
    Optional<StoredCertificate> found =
        PublicIds.looksValid(id) ? certificates.byPublicId(id) : Optional.empty();
    return found.flatMap(
        c ->
            readSigned(c)
                .map(
                    r ->
                        new PrintedCertificate(
                            c.publicId(),
                            r.learnerName(),
                            r.courseTitle("vi"),
                            r.courseTitle("en"),
                            r.courseVersion(),
                            day(r.issuedAt()),
                            r.issuer(),
                            verifyUrl(c.publicId()),
                            c.revoked() ? day(c.revokedAt().toString()) : null,
                            c.revokedReason(),
                            CertificateRevocations.REISSUED.equals(c.revokedReason()))));
  }

  /** The learner's certificates, newest first. */
  public List<CertificateSummary> ofLearner(long userId, String language) {
    return certificates.ofUser(userId).stream()
        .map(c -> summary(c, language))
        .flatMap(Optional::stream)
        .toList();
  }

  /** The public keys as a JWK Set. */
  public Map<String, Object> keySet() {
    return keys.published().jwks();
  }

  private Optional<CertificateSummary> summary(StoredCertificate c, String language) {
    return readSigned(c)
        .map(
            r ->
                new CertificateSummary(
                    c.publicId(),
                    c.courseSlug(),
                    r.courseTitle(language),
                    r.courseVersion(),
                    day(r.issuedAt()),
                    r.learnerName(),
                    c.revoked(),
                    c.revokedReason(),
                    CertificateRevocations.REISSUED.equals(c.revokedReason()),
                    verifyUrl(c.publicId()),
                    linkedIn(r)));
  }

  /**
   * The record, when the stored payload verifies under a published key and names this row's ID;
   * empty for a tampered row, or one signed by a key no longer published.
   */
  Optional<CertificateRecord> readSigned(StoredCertificate c) {
    if (!keys.published().verify(c.payload(), c.signature(), c.keyId())) {
      return Optional.empty();
    }
    try {
      CertificateRecord r = CertificateRecord.fromJson(CertificateRevocations.parse(c.payload()));
      return r.id().equals(c.publicId()) ? Optional.of(r) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private String verifyUrl(String id) {
    return config.publicUrl() + "/verify/" + id;
  }

  private String linkedIn(CertificateRecord r) {
    Instant at = Instant.parse(r.issuedAt());
    var date = at.atZone(ZoneOffset.UTC);
    return "https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME"
        + "&name="
        + enc(r.courseTitle("en"))
        + "&organizationName="
        + enc(r.issuer())
        + "&issueYear="
        + date.getYear()
        + "&issueMonth="
        + date.getMonthValue()
        + "&certUrl="
        + enc(verifyUrl(r.id()))
        + "&certId="
        + enc(r.id());
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String day(String instant) {
    return instant == null || instant.length() < 10 ? instant : instant.substring(0, 10);
  }

  private static List<VerifyPage.Line> quizLines(CertificateRecord r, String language) {
    return r.quizzes().stream()
        .map(
            q ->
                new VerifyPage.Line(
                    CertificateRecord.pick(language, q.titleVi(), q.titleEn()),
                    q.score() + "%",
                    q.minScore() + "%",
                    day(q.date())))
        .toList();
  }

  private static List<VerifyPage.Line> labLines(CertificateRecord r, String language) {
    return r.labs().stream()
        .map(
            l ->
                new VerifyPage.Line(
                    CertificateRecord.pick(language, l.titleVi(), l.titleEn()),
                    l.score(),
                    l.metric(),
                    day(l.date())))
        .toList();
  }
}
