package vn.hocsau.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One code page's reading of one line: each run of characters that this code page shows for the
 * bytes of one UTF-8 sequence is turned back into the character those bytes encode. A run cut short
 * by a lost byte (a {@code ?} or U+FFFD where a byte should be, or nothing) becomes one U+FFFD,
 * since which character it was cannot be known.
 */
final class MojibakePass {

  /** What a character of a pass's output is. */
  static final byte KEPT = 0;

  static final byte DECODED = 1;

  /** U+FFFD for a sequence whose lost byte an editor marked with U+FFFD: plain evidence. */
  static final byte LOST = 2;

  /** U+FFFD for a sequence cut short by a {@code ?} or by nothing: weaker evidence. */
  static final byte LOST_WEAKLY = 3;

  private static final int MAX_UNKNOWN_BYTES = 2;
  private static final int[] ANY_CONTINUATION =
      java.util.stream.IntStream.rangeClosed(0x80, 0xBF).toArray();

  /**
   * The output, what each of its characters is, how many input characters were read back as bytes,
   * how many complete sequences were decoded, how many decoded to a character that only another
   * pass can make sense of, and how many bytes needed Windows' C1 fallback.
   */
  record Result(
      CodePage page,
      String text,
      byte[] marks,
      int consumed,
      int repairs,
      int losses,
      int plainLosses,
      int odd,
      int fallbacks) {}

  /** A UTF-8 sequence as read from a line: its bytes (-1 where unknown) and where it ends. */
  record Sequence(
      int[] bytes, int end, int known, int markers, int unknown, boolean replaced, int fb) {}

  private MojibakePass() {}

  /**
   * Reads {@code line} through {@code page}; {@code marks} says what each of its characters already
   * is.
   */
  static Result run(String line, byte[] marks, CodePage page) {
    List<Segment> segments = segments(line, page);
    StringBuilder out = new StringBuilder(line.length());
    byte[] outMarks = new byte[line.length()];
    int consumed = 0;
    int repairs = 0;
    int losses = 0;
    int plainLosses = 0;
    int odd = 0;
    int fallbacks = 0;
    int i = 0;
    boolean anyClear = false;
    for (int n = 0; n < segments.size(); n++) {
      anyClear |= segments.get(n).mark() == LOST || looksMisread(line, segments, n);
    }
    for (int n = 0; n < segments.size() && anyClear; n++) {
      Segment s = segments.get(n);
      for (; i < s.start(); i++) {
        outMarks[out.length()] = marks[i];
        out.append(line.charAt(i));
      }
      int from = out.length();
      out.appendCodePoint(s.cp());
      Arrays.fill(outMarks, from, out.length(), s.mark());
      consumed += s.end() - s.start();
      fallbacks += s.fallbacks();
      repairs += s.mark() == DECODED ? 1 : 0;
      losses += s.mark() == DECODED ? 0 : 1;
      plainLosses += s.mark() == LOST ? 1 : 0;
      odd += s.mark() == DECODED && !PlausibleText.isContent(s.cp()) ? 1 : 0;
      i = s.end();
    }
    for (; i < line.length(); i++) {
      outMarks[out.length()] = marks[i];
      out.append(line.charAt(i));
    }
    byte[] trimmed = Arrays.copyOf(outMarks, out.length());
    return new Result(
        page, out.toString(), trimmed, consumed, repairs, losses, plainLosses, odd, fallbacks);
  }

  /** A run of characters read back as one character (or as one lost character). */
  private record Segment(int start, int end, int cp, byte mark, int fallbacks) {}

  private static List<Segment> segments(String line, CodePage page) {
    List<Segment> segments = new ArrayList<>();
    int i = 0;
    while (i < line.length()) {
      Sequence s = line.charAt(i) == '\uFFFD' ? headless(line, i, page) : sequenceAt(line, i, page);
      byte mark = KEPT;
      int cp = 0xFFFD;
      if (s != null && s.bytes()[0] < 0) {
        mark = LOST;
      } else if (s != null && s.unknown() == 0) {
        cp = Utf8.decode(s.bytes());
        mark = cp >= 0 && PlausibleText.isStep(cp) ? DECODED : KEPT;
      } else if (s != null && s.known() + s.markers() > 0 && canBeCompleted(s, line, i, page)) {
        boolean plain = s.replaced() && s.end() - i == s.bytes().length;
        mark = plain ? LOST : LOST_WEAKLY;
      }
      if (mark == KEPT) {
        i++;
      } else {
        segments.add(new Segment(i, s.end(), cp, mark, s.fb()));
        i = s.end();
      }
    }
    return segments;
  }

  /** The character beside segment {@code n} once repaired: {@code side} -1 before, 1 after. */
  private static int neighbour(String line, List<Segment> segments, int n, int side) {
    Segment s = segments.get(n);
    int at = side < 0 ? s.start() - 1 : s.end();
    if (at < 0 || at >= line.length()) {
      return ' ';
    }
    int other = n + side;
    if (other >= 0 && other < segments.size()) {
      Segment o = segments.get(other);
      if (side < 0 ? o.end() == s.start() : o.start() == s.end()) {
        return o.cp();
      }
    }
    return line.charAt(at);
  }

  /**
   * Whether segment {@code n} looks like bytes shown by a code page rather than a word: a symbol or
   * control among its characters ({@code á»}, {@code Ã¢}), Latin letters only ({@code Ãª}, the old
   * rule), or letters of another script right beside Latin ones once repaired ({@code sГўu}, {@code
   * вЂњđ}). Letters of one non-Latin script alone may be a word: {@code сё} in {@code Всё} is the
   * KOI8-R for {@code ӣ}, and {@code СЁ} the Windows-1251 for {@code Ѩ}; such a segment is repaired
   * only in a line where another segment looks mis-read ({@code тАФ}, a dash read as IBM866, stands
   * between spaces).
   */
  private static boolean looksMisread(String line, List<Segment> segments, int n) {
    Segment s = segments.get(n);
    boolean otherScript = false;
    for (int k = s.start(); k < s.end(); k++) {
      char c = line.charAt(k);
      if (c == '?' || c == '\uFFFD') {
        continue;
      }
      if (!Character.isLetter(c)) {
        return true;
      }
      otherScript |= Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN;
    }
    return !otherScript
        || isLatinLetter(neighbour(line, segments, n, -1))
        || isLatinLetter(neighbour(line, segments, n, 1));
  }

  private static boolean isLatinLetter(int c) {
    return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
  }

  /** The sequence whose lead byte {@code page} shows at {@code start}, or null. */
  static Sequence sequenceAt(String line, int start, CodePage page) {
    int lead = page.byteOf(line.charAt(start));
    int length = Utf8.sequenceLength(CodePage.plainByte(lead));
    if (length == 0) {
      return null;
    }
    int[] bytes = new int[length];
    bytes[0] = CodePage.plainByte(lead);
    int fallbacks = CodePage.isFallback(lead) ? 1 : 0;
    int known = 0;
    int markers = 0;
    int unknown = 0;
    boolean replaced = false;
    int pos = start + 1;
    for (int k = 1; k < length; k++) {
      char c = pos < line.length() ? line.charAt(pos) : '\n';
      int b = page.byteOf(c);
      if (Utf8.isContinuation(CodePage.plainByte(b))) {
        bytes[k] = CodePage.plainByte(b);
        fallbacks += CodePage.isFallback(b) ? 1 : 0;
        known++;
        pos++;
      } else if (c == '\uFFFD' || c == '?') {
        bytes[k] = -1;
        markers++;
        unknown++;
        replaced |= c == '\uFFFD';
        pos++;
      } else {
        // The editor dropped the rest of the sequence.
        for (int rest = k; rest < length; rest++) {
          bytes[rest] = -1;
          unknown++;
        }
        break;
      }
    }
    return new Sequence(bytes, pos, known, markers, unknown, replaced, fallbacks);
  }

  /**
   * A U+FFFD where a lead byte was lost, followed by the continuation bytes of its sequence, or
   * null when no lead byte would make them a character our text may contain.
   */
  private static Sequence headless(String line, int start, CodePage page) {
    int end = start + 1;
    while (end < line.length()
        && end - start < 4
        && Utf8.isContinuation(CodePage.plainByte(page.byteOf(line.charAt(end))))) {
      end++;
    }
    int[] bytes = new int[end - start];
    for (int k = 1; k < bytes.length; k++) {
      bytes[k] = CodePage.plainByte(page.byteOf(line.charAt(start + k)));
    }
    for (int lead = 0xC2; bytes.length > 1 && lead <= 0xF4; lead++) {
      bytes[0] = lead;
      int cp = Utf8.decode(bytes);
      if (cp >= 0 && PlausibleText.isStep(cp)) {
        bytes[0] = -1;
        return new Sequence(bytes, end, bytes.length - 1, 1, 1, true, 0);
      }
    }
    return null;
  }

  /**
   * Whether some bytes, put where bytes are unknown, make a character our text may contain; if none
   * does, the run is not a damaged sequence but ordinary text. Where a U+FFFD stands, any byte may
   * have been (an earlier mis-reading may have lost a whole character there); elsewhere only a byte
   * that {@code page} can lose.
   */
  private static boolean canBeCompleted(Sequence s, String line, int start, CodePage page) {
    int[] bytes = s.bytes().clone();
    int[][] candidates = new int[bytes.length][];
    int unknown = 0;
    int pos = start + 1;
    for (int k = 1; k < bytes.length; k++) {
      boolean replaced = pos < s.end() && line.charAt(pos) == '\uFFFD';
      pos++;
      if (bytes[k] < 0) {
        unknown++;
        candidates[k] = replaced ? ANY_CONTINUATION : page.lostBytes();
      }
    }
    return unknown <= MAX_UNKNOWN_BYTES && complete(bytes, 1, candidates);
  }

  private static boolean complete(int[] bytes, int from, int[][] candidates) {
    int k = from;
    while (k < bytes.length && bytes[k] >= 0) {
      k++;
    }
    if (k == bytes.length) {
      int cp = Utf8.decode(bytes);
      return cp >= 0 && PlausibleText.isStep(cp);
    }
    for (int b : candidates[k]) {
      bytes[k] = b;
      if (complete(bytes, k + 1, candidates)) {
        return true;
      }
    }
    bytes[k] = -1;
    return false;
  }
}
