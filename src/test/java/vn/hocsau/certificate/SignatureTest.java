package vn.hocsau.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Ed25519 signing of certificate records, key encodings and key rotation. */
class SignatureTest {

  static CertificateRecord record(String name) {
    return new CertificateRecord(
        PublicIds.next(),
        "HọcSâu",
        name,
        "nhap-mon",
        "Nhập môn",
        "Introduction",
        2,
        "2026-12-07T02:00:00Z",
        null,
        List.of(
            new CertificateRecord.QuizScore(
                "mot", "Một", "One", "66.67", "60", "2026-12-06T10:00:00Z")),
        List.of(
            new CertificateRecord.LabResult(
                "diem", "Điểm", "Points", "accuracy", "0.9125", "0.8", "2026-12-05T09:00:00Z")));
  }

  @Test
  void anUntouchedRecordVerifiesAndAnyChangedFieldDoesNot() {
    KeyPair pair = Ed25519.generate();
    PublishedKeys keys = new PublishedKeys(Map.of("k1", pair.getPublic()));
    CertificateRecord r = record("Nguyễn Văn An");
    String payload = r.canonical();
    String sig = Ed25519.sign(pair.getPrivate(), payload.getBytes(StandardCharsets.UTF_8));
    assertTrue(keys.verify(payload, sig, "k1"));
    for (String changed :
        List.of(
            payload.replace("Nguyễn Văn An", "Nguyễn Văn Ân"),
            payload.replace("\"version\":2", "\"version\":3"),
            payload.replace("66.67", "96.67"),
            payload.replace("0.9125", "0.9999"),
            payload.replace("2026-12-07", "2025-12-07"))) {
      assertFalse(payload.equals(changed));
      assertFalse(keys.verify(changed, sig, "k1"), changed);
    }
    assertFalse(keys.verify(payload, "garbage!", "k1"));
  }

  @Test
  void afterRotationOldCertificatesVerifyOnlyWhileTheOldKeyIsPublished() {
    KeyPair old = Ed25519.generate();
    KeyPair fresh = Ed25519.generate();
    String payload = record("Lê Thị Hoa").canonical();
    String sig = Ed25519.sign(old.getPrivate(), payload.getBytes(StandardCharsets.UTF_8));
    PublishedKeys withoutOld = new PublishedKeys(Map.of("new", fresh.getPublic()));
    assertFalse(withoutOld.verify(payload, sig, "old"));
    // Even a verifier that ignores kid and tries the new key fails.
    assertFalse(withoutOld.verify(payload, sig, "new"));
    Map<String, java.security.PublicKey> both = new LinkedHashMap<>();
    both.put("new", fresh.getPublic());
    both.put("old", Ed25519.publicFromRaw(Ed25519.rawPublic(old.getPublic())));
    assertTrue(new PublishedKeys(both).verify(payload, sig, "old"));
  }

  @Test
  void aPkcs8KeyRebuildsTheSamePairAndTheJwkCarriesTheRawKey() {
    KeyPair pair = Ed25519.generate();
    String base64 = java.util.Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
    KeyPair rebuilt = CertificateKeys.readPkcs8(base64);
    assertEquals(Ed25519.rawPublic(pair.getPublic()), Ed25519.rawPublic(rebuilt.getPublic()));
    @SuppressWarnings("unchecked")
    Map<String, Object> jwk =
        ((List<Map<String, Object>>)
                new PublishedKeys(Map.of("k", pair.getPublic())).jwks().get("keys"))
            .get(0);
    assertEquals("OKP", jwk.get("kty"));
    assertEquals("Ed25519", jwk.get("crv"));
    assertEquals(43, ((String) jwk.get("x")).length());
  }

  @Test
  void publicIdsAre128RandomBitsInBase32() {
    String id = PublicIds.next();
    assertTrue(PublicIds.looksValid(id), id);
    assertFalse(id.equals(PublicIds.next()));
    assertEquals("mzxw6ytb", PublicIds.base32("fooba".getBytes(StandardCharsets.US_ASCII)));
    assertFalse(PublicIds.looksValid("../../etc"));
  }
}
