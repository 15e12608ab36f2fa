package vn.hocsau.certificate;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;

/**
 * Base58 with the Bitcoin alphabet ("base58btc"), the encoding behind the multibase prefix {@code
 * z} in Data Integrity proofs and Multikey public keys. Each leading zero byte is one {@code 1}.
 */
public final class Base58 {

  private static final String ALPHABET =
      "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
  private static final BigInteger BASE = BigInteger.valueOf(58);

  private Base58() {}

  /** The base58btc text of {@code bytes}. */
  public static String encode(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    // BigInteger keeps this short; the inputs here are 34 to 66 bytes.
    BigInteger n = new BigInteger(1, bytes);
    while (n.signum() > 0) {
      BigInteger[] qr = n.divideAndRemainder(BASE);
      out.append(ALPHABET.charAt(qr[1].intValue()));
      n = qr[0];
    }
    for (int i = 0; i < bytes.length && bytes[i] == 0; i++) {
      out.append('1');
    }
    return out.reverse().toString();
  }

  /**
   * The bytes of base58btc {@code text}.
   *
   * @throws IllegalArgumentException for a character outside the alphabet
   */
  public static byte[] decode(String text) {
    BigInteger n = BigInteger.ZERO;
    int zeros = 0;
    while (zeros < text.length() && text.charAt(zeros) == '1') {
      zeros++;
    }
    for (int i = 0; i < text.length(); i++) {
      int digit = ALPHABET.indexOf(text.charAt(i));
      if (digit < 0) {
        throw new IllegalArgumentException("not base58btc: " + text.charAt(i));
      }
      n = n.multiply(BASE).add(BigInteger.valueOf(digit));
    }
    byte[] magnitude = n.signum() == 0 ? new byte[0] : n.toByteArray();
    // toByteArray may add a sign byte; it is not part of the value.
    int skip = magnitude.length > 0 && magnitude[0] == 0 ? 1 : 0;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(new byte[zeros], 0, zeros);
    out.write(magnitude, skip, magnitude.length - skip);
    return out.toByteArray();
  }
}
