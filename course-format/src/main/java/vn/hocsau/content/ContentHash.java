package vn.hocsau.content;

import java.nio.charset.StandardCharsets;
import vn.hocsau.system.Sha256;

/** SHA-256 fingerprints of normalized content, in lowercase hex, for idempotent imports. */
final class ContentHash {

  private ContentHash() {}

  static String of(String text) {
    return of(text.getBytes(StandardCharsets.UTF_8));
  }

  static String of(byte[] bytes) {
    return Sha256.hex(bytes);
  }
}
