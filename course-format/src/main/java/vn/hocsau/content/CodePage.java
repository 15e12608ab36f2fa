package vn.hocsau.content;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A single-byte code page through which UTF-8 text may have been mis-read: which byte each
 * character it shows stands for, and which bytes it cannot show at all (an editor replaces those
 * with {@code ?} or U+FFFD, or drops them, so they are lost).
 *
 * <p>The candidates are the code pages that editors on Windows, DOS and old Unix systems used for
 * Western, Central and Eastern European, Greek, Turkish, Baltic, Vietnamese, Cyrillic and Thai
 * text. Their order decides which name a warning gives when several explain a line equally well.
 */
final class CodePage {

  /** Marks a byte found only because Windows shows an undefined byte as the C1 control. */
  private static final int FALLBACK = 0x100;

  static final List<CodePage> CANDIDATES =
      load(
          "windows-1252",
          "ISO-8859-1",
          "windows-1258",
          "windows-1250",
          "windows-1251",
          "windows-1253",
          "windows-1254",
          "windows-1257",
          "ISO-8859-2",
          "ISO-8859-15",
          "IBM437",
          "IBM850",
          "IBM866",
          "KOI8-R",
          "x-MacRoman",
          "x-windows-874",
          "TIS-620");

  /** Bit {@code i} is set when candidate {@code i} shows a UTF-8 lead byte as that character. */
  private static final int[] LEADS = new int[Character.MAX_VALUE + 1];

  /** Bit {@code i} is set when candidate {@code i} shows a continuation byte as the character. */
  private static final int[] CONTINUATIONS = new int[Character.MAX_VALUE + 1];

  static {
    for (int i = 0; i < CANDIDATES.size(); i++) {
      for (Map.Entry<Character, Integer> e : CANDIDATES.get(i).bytes.entrySet()) {
        int b = e.getValue() & 0xFF;
        if (Utf8.sequenceLength(b) > 0) {
          LEADS[e.getKey()] |= 1 << i;
        } else if (Utf8.isContinuation(b)) {
          CONTINUATIONS[e.getKey()] |= 1 << i;
        }
      }
    }
  }

  final String name;
  final int index;
  private final Map<Character, Integer> bytes;
  private final int[] lost;

  private CodePage(String name, int index, Map<Character, Integer> bytes, int[] lost) {
    this.name = name;
    this.index = index;
    this.bytes = bytes;
    this.lost = lost;
  }

  /**
   * The candidates that may have produced a line: those that show some character of it as a lead
   * byte followed by a continuation byte (or by U+FFFD, a byte lost after it). Zero for almost
   * every line, cheaply: this is the fast path of the repair.
   */
  static int suspects(String line) {
    int mask = 0;
    for (int i = 0; i + 1 < line.length(); i++) {
      char c = line.charAt(i);
      if (c >= 0x80 && LEADS[c] != 0) {
        char next = line.charAt(i + 1);
        mask |= LEADS[c] & (next == '\uFFFD' ? -1 : CONTINUATIONS[next]);
      }
    }
    return mask;
  }

  /** Whether some candidate shows a byte as {@code c}: an intermediate of repeated mis-reading. */
  static boolean shows(int c) {
    return c <= Character.MAX_VALUE && (LEADS[c] | CONTINUATIONS[c]) != 0;
  }

  /**
   * The byte this code page shows as {@code c}, or -1; with {@link #FALLBACK} added when only
   * Windows' habit of showing an undefined byte as the C1 control of the same number explains it.
   */
  int byteOf(char c) {
    if (c < 0x80) {
      return c;
    }
    return bytes.getOrDefault(c, -1);
  }

  static int plainByte(int b) {
    return b < 0 ? b : b & 0xFF;
  }

  static boolean isFallback(int b) {
    return b >= 0 && (b & FALLBACK) != 0;
  }

  /** Bytes this code page can lose: undefined bytes, and C1 controls that editors strip. */
  int[] lostBytes() {
    return lost;
  }

  private static List<CodePage> load(String... names) {
    List<CodePage> pages = new ArrayList<>();
    for (String name : names) {
      if (Charset.isSupported(name)) {
        pages.add(of(name, pages.size()));
      }
    }
    return List.copyOf(pages);
  }

  private static CodePage of(String name, int index) {
    Charset charset = Charset.forName(name);
    Map<Character, Integer> bytes = new HashMap<>();
    List<Integer> lost = new ArrayList<>();
    for (int b = 0x80; b <= 0xFF; b++) {
      int shown = decode(charset, b);
      if (shown < 0) {
        lost.add(b);
        if (b <= 0x9F) {
          bytes.putIfAbsent((char) b, b | FALLBACK);
        }
      } else {
        if (shown >= 0x80 && shown <= 0x9F) {
          lost.add(b);
        }
        bytes.put((char) shown, b);
      }
    }
    return new CodePage(
        name, index, Map.copyOf(bytes), lost.stream().mapToInt(Integer::intValue).toArray());
  }

  /** The character {@code charset} shows for byte {@code b}, or -1 where it has none. */
  private static int decode(Charset charset, int b) {
    try {
      return charset
          .newDecoder()
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(new byte[] {(byte) b}))
          .charAt(0);
    } catch (CharacterCodingException e) {
      return -1;
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
