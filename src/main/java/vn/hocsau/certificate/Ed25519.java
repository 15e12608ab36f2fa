package vn.hocsau.certificate;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;

/**
 * Ed25519 with the JDK's built-in provider, and the encodings certificates use: a public key as its
 * raw 32 bytes in base64url (a JWK's {@code x}), a private key as PKCS#8, signatures as base64url
 * without padding.
 */
public final class Ed25519 {

  /** The DER prefix of an Ed25519 SubjectPublicKeyInfo; the raw key follows it. */
  private static final byte[] SPKI_PREFIX = {
    0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00
  };

  private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64URL_DECODER = Base64.getUrlDecoder();

  private Ed25519() {}

  /** A new key pair. */
  public static KeyPair generate() {
    try {
      return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The signature of {@code data}, base64url without padding. */
  public static String sign(PrivateKey key, byte[] data) {
    try {
      Signature signer = Signature.getInstance("Ed25519");
      signer.initSign(key);
      signer.update(data);
      return B64URL.encodeToString(signer.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether {@code signature} (base64url) is {@code key}'s signature of {@code data}. */
  public static boolean verify(PublicKey key, byte[] data, String signature) {
    try {
      Signature verifier = Signature.getInstance("Ed25519");
      verifier.initVerify(key);
      verifier.update(data);
      return verifier.verify(B64URL_DECODER.decode(signature));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      // A malformed signature is simply not a valid one.
      return false;
    }
  }

  /** The raw 32-byte public key, base64url: the {@code x} of an OKP JWK. */
  public static String rawPublic(PublicKey key) {
    byte[] der = key.getEncoded();
    return B64URL.encodeToString(Arrays.copyOfRange(der, der.length - 32, der.length));
  }

  /** The public key whose raw bytes are {@code x} (base64url). */
  public static PublicKey publicFromRaw(String x) {
    byte[] raw = B64URL_DECODER.decode(x.strip());
    if (raw.length != 32) {
      throw new IllegalArgumentException("an Ed25519 public key has 32 bytes, not " + raw.length);
    }
    byte[] der = Arrays.copyOf(SPKI_PREFIX, SPKI_PREFIX.length + 32);
    System.arraycopy(raw, 0, der, SPKI_PREFIX.length, 32);
    try {
      return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not an Ed25519 public key", e);
    }
  }

  /**
   * The key pair of the private key in {@code pkcs8} (DER bytes). The JDK cannot derive an Ed25519
   * public key from a private one directly, but its generator turns 32 random bytes into the
   * private key's seed; feeding it the stored seed rebuilds the same pair.
   */
  public static KeyPair pairFromPkcs8(byte[] pkcs8) {
    PrivateKey key = privateFromPkcs8(pkcs8);
    byte[] seed =
        ((java.security.interfaces.EdECPrivateKey) key)
            .getBytes()
            .orElseThrow(() -> new IllegalArgumentException("the private key has no seed"));
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
      generator.initialize(
          java.security.spec.NamedParameterSpec.ED25519, new FixedBytes(seed.clone()));
      KeyPair pair = generator.generateKeyPair();
      if (!Arrays.equals(pair.getPrivate().getEncoded(), key.getEncoded())) {
        throw new IllegalStateException("could not rebuild the Ed25519 key pair");
      }
      return pair;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A "random" source that gives the stored seed, once. */
  private static final class FixedBytes extends java.security.SecureRandom {
    private final byte[] seed;

    FixedBytes(byte[] seed) {
      this.seed = seed;
    }

    @Override
    public void nextBytes(byte[] bytes) {
      if (bytes.length != seed.length) {
        throw new IllegalStateException("unexpected request for " + bytes.length + " bytes");
      }
      System.arraycopy(seed, 0, bytes, 0, seed.length);
    }
  }

  /** The private key in {@code pkcs8} (DER bytes). */
  public static PrivateKey privateFromPkcs8(byte[] pkcs8) {
    try {
      return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("not an Ed25519 PKCS#8 private key", e);
    }
  }
}
