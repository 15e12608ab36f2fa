package vn.hocsau.certificate;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public keys certificates are checked against, by key ID: what {@code
 * /.well-known/hocsau-certificate-keys.json} publishes as a JWK Set.
 */
public record PublishedKeys(Map<String, PublicKey> keys) {

  /** The key set as JWKS JSON values: {@code {"keys": [{kty, crv, x, kid, use, alg}]}}. */
  public Map<String, Object> jwks() {
    List<Object> list = new ArrayList<>();
    keys.forEach(
        (kid, key) -> {
          Map<String, Object> jwk = new LinkedHashMap<>();
          jwk.put("kty", "OKP");
          jwk.put("crv", "Ed25519");
          jwk.put("x", Ed25519.rawPublic(key));
          jwk.put("kid", kid);
          jwk.put("use", "sig");
          jwk.put("alg", "EdDSA");
          list.add(jwk);
        });
    return Map.of("keys", list);
  }

  /** The key named {@code kid}, if published. */
  public Optional<PublicKey> find(String kid) {
    return Optional.ofNullable(keys.get(kid));
  }

  /**
   * Whether {@code signature} by the key {@code kid} covers {@code payload}: false as well when
   * that key is not (or no longer) published.
   */
  public boolean verify(String payload, String signature, String kid) {
    return find(kid)
        .map(k -> Ed25519.verify(k, payload.getBytes(StandardCharsets.UTF_8), signature))
        .orElse(false);
  }
}
