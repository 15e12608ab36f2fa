package vn.hocsau.certificate;

import java.security.SecureRandom;

/**
 * Random public IDs for certificates: 128 bits from a {@link SecureRandom}, in lower-case base32
 * (RFC 4648 alphabet, no padding), 26 characters. Unguessable, URL-safe and easy to read aloud.
 */
public final class PublicIds {

  private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private PublicIds() {}

  /** A new random ID. */
  public static String next() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return base32(bytes);
  }

  /** Whether {@code id} has the shape of an ID made here (checked before any lookup). */
  public static boolean looksValid(String id) {
    return id != null && id.matches("[a-z2-7]{26}");
  }

  static String base32(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        out.append(ALPHABET[(buffer >> (bits - 5)) & 31]);
        bits -= 5;
      }
    }
    if (bits > 0) {
      out.append(ALPHABET[(buffer << (5 - bits)) & 31]);
    }
    return out.toString();
  }
}
