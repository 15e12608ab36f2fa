package vn.hocsau.certificate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Collection;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The {@code encodedList} of a W3C Bitstring Status List (v1.0): {@link #SIZE} bits, bit 0 being
 * the most significant bit of the first byte, GZIP-compressed, then multibase base64url without
 * padding (prefix {@code u}). A set bit means "revoked". The size is the specification's minimum
 * (16 KiB), which gives every certificate the cover of a large crowd.
 */
public final class BitstringStatusList {

  /** Bits in one list: 131,072 (16 KiB), the specification's minimum length. */
  public static final int SIZE = 131_072;

  private BitstringStatusList() {}

  /** The encoded list in which exactly the bits {@code revoked} are set. */
  public static String encode(Collection<Integer> revoked) {
    byte[] bits = new byte[SIZE / 8];
    for (int index : revoked) {
      if (index < 0 || index >= SIZE) {
        throw new IllegalArgumentException("status index out of range: " + index);
      }
      bits[index / 8] |= (byte) (0x80 >>> (index % 8));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(bits);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
  }

  /** Whether bit {@code index} is set in {@code encoded} (as a verifier reads it). */
  public static boolean isSet(String encoded, int index) {
    if (!encoded.startsWith("u")) {
      throw new IllegalArgumentException("not multibase base64url: " + encoded.charAt(0));
    }
    byte[] zipped = Base64.getUrlDecoder().decode(encoded.substring(1));
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped))) {
      byte[] bits = in.readAllBytes();
      if (bits.length * 8 < SIZE || index < 0 || index >= bits.length * 8) {
        throw new IllegalArgumentException("index " + index + " outside a list of " + bits.length);
      }
      return (bits[index / 8] & (0x80 >>> (index % 8))) != 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
