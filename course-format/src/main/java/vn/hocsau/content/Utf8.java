package vn.hocsau.content;

/** The shape of UTF-8 byte sequences (RFC 3629), for telling mis-read UTF-8 from real text. */
final class Utf8 {

  private Utf8() {}

  /** How many bytes a sequence starting with {@code lead} has; 0 when it cannot start one. */
  static int sequenceLength(int lead) {
    if (lead >= 0xC2 && lead <= 0xDF) {
      return 2;
    }
    if (lead >= 0xE0 && lead <= 0xEF) {
      return 3;
    }
    return lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
  }

  static boolean isContinuation(int b) {
    return b >= 0x80 && b <= 0xBF;
  }

  /**
   * The code point of the complete sequence {@code bytes}, or -1 when it is not valid UTF-8
   * (overlong, a surrogate, beyond U+10FFFF, or a byte out of place).
   */
  static int decode(int[] bytes) {
    int n = bytes.length;
    if (n == 0 || sequenceLength(bytes[0]) != n) {
      return -1;
    }
    int second = n > 1 ? bytes[1] : -1;
    int low = 0x80;
    int high = 0xBF;
    if (bytes[0] == 0xE0) {
      low = 0xA0;
    } else if (bytes[0] == 0xED) {
      high = 0x9F;
    } else if (bytes[0] == 0xF0) {
      low = 0x90;
    } else if (bytes[0] == 0xF4) {
      high = 0x8F;
    }
    if (second < low || second > high) {
      return -1;
    }
    int cp = bytes[0] & (0xFF >> (n + 1));
    for (int k = 1; k < n; k++) {
      if (!isContinuation(bytes[k])) {
        return -1;
      }
      cp = (cp << 6) | (bytes[k] & 0x3F);
    }
    return cp;
  }
}
