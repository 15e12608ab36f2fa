package vn.hocsau.certificate;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.hocsau.system.Sha256;

/**
 * The W3C {@code eddsa-jcs-2022} cryptosuite (Data Integrity EdDSA Cryptosuites v1.0, W3C
 * Recommendation 2025-05-15): the proof configuration (the proof without {@code proofValue}, with
 * the document's {@code @context}) and the document without its proof are each canonicalised with
 * RFC 8785 ({@link CanonicalJson}) and hashed with SHA-256; Ed25519 signs the two hashes, config
 * hash first; {@code proofValue} is {@code z} + base58btc of the signature.
 */
public final class DataIntegrityProof {

  /** The cryptosuite name written in the proof. */
  public static final String CRYPTOSUITE = "eddsa-jcs-2022";

  private DataIntegrityProof() {}

  /**
   * {@code document} (no {@code proof} member) with a proof by {@code key}, named {@code
   * verificationMethod}, created at {@code created} (ISO-8601 UTC).
   */
  public static Map<String, Object> sign(
      Map<String, Object> document, PrivateKey key, String verificationMethod, String created) {
    Map<String, Object> proof = new LinkedHashMap<>();
    proof.put("type", "DataIntegrityProof");
    proof.put("cryptosuite", CRYPTOSUITE);
    proof.put("created", created);
    proof.put("verificationMethod", verificationMethod);
    proof.put("proofPurpose", "assertionMethod");
    try {
      Signature signer = Signature.getInstance("Ed25519");
      signer.initSign(key);
      signer.update(hashData(document, proof));
      proof.put("proofValue", "z" + Base58.encode(signer.sign()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
    Map<String, Object> secured = new LinkedHashMap<>(document);
    secured.put("proof", proof);
    return secured;
  }

  /**
   * Whether {@code secured}'s proof is {@code key}'s valid {@code eddsa-jcs-2022} proof of the rest
   * of the document; false for anything malformed.
   */
  @SuppressWarnings("unchecked")
  public static boolean verify(Map<String, Object> secured, PublicKey key) {
    try {
      Map<String, Object> proof = new LinkedHashMap<>((Map<String, Object>) secured.get("proof"));
      String value = (String) proof.remove("proofValue");
      if (!CRYPTOSUITE.equals(proof.get("cryptosuite")) || !value.startsWith("z")) {
        return false;
      }
      Map<String, Object> document = new LinkedHashMap<>(secured);
      document.remove("proof");
      Signature verifier = Signature.getInstance("Ed25519");
      verifier.initVerify(key);
      verifier.update(hashData(document, proof));
      return verifier.verify(Base58.decode(value.substring(1)));
    } catch (GeneralSecurityException | RuntimeException e) {
      return false;
    }
  }

  /** SHA-256(JCS(proof config)) followed by SHA-256(JCS(document)). */
  private static byte[] hashData(Map<String, Object> document, Map<String, Object> proof) {
    Map<String, Object> config = new LinkedHashMap<>(proof);
    if (document.containsKey("@context")) {
      config.put("@context", document.get("@context"));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(Sha256.digest(CanonicalJson.write(config).getBytes(StandardCharsets.UTF_8)));
    out.writeBytes(Sha256.digest(CanonicalJson.write(document).getBytes(StandardCharsets.UTF_8)));
    return out.toByteArray();
  }
}
