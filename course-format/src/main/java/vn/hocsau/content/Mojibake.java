package vn.hocsau.content;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Repairs UTF-8 text that was decoded once as Windows-1252 or ISO-8859-1 and saved again as UTF-8,
 * so that {@code Há»c sÃ¢u} becomes {@code Học sâu}.
 *
 * <p>Legitimate text must survive, so the repair is cautious. It works line by line and only
 * replaces a run of characters when their single-byte codes form one valid UTF-8 sequence that
 * decodes to a letter or sign found in our content (Vietnamese letters, Latin, Greek, punctuation,
 * arrows, math), and only when the line ends up with fewer suspicious pairs. A line is changed when
 * that yields a lowercase Vietnamese letter or at least two repairs; a line whose only repair is a
 * capital ({@code NGÃ”} could be a quoted {@code NGÃ}) is changed only when other lines prove the
 * file double-encoded. Plain accented text ({@code café}, {@code Học sâu}) never forms such
 * sequences. Bytes that an editor dropped (Windows-1252 has no character for 0x81, 0x8D, 0x8F, 0x90
 * and 0x9D) cannot be recovered; those lines stay as they are.
 */
final class Mojibake {

  /** The repaired text and the 1-based lines that changed. */
  record Repair(String text, List<Integer> lines) {}

  private static final int MAX_PASSES = 3;
  private static final String VIETNAMESE =
      "àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ";
  private static final Map<Character, Integer> CP1252_SPECIALS = cp1252Specials();

  private Mojibake() {}

  static Repair repair(String text) {
    String[] lines = text.split("\n", -1);
    LineRepair[] attempts = new LineRepair[lines.length];
    boolean fileIsDoubleEncoded = false;
    for (int i = 0; i < lines.length; i++) {
      attempts[i] = attempt(lines[i]);
      fileIsDoubleEncoded |= attempts[i].strong();
    }
    List<Integer> changed = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      LineRepair attempt = attempts[i];
      if (!attempt.text().equals(lines[i]) && (attempt.strong() || fileIsDoubleEncoded)) {
        lines[i] = attempt.text();
        changed.add(i + 1);
      }
    }
    return changed.isEmpty()
        ? new Repair(text, List.of())
        : new Repair(String.join("\n", lines), changed);
  }

  /** Repairs one line when the line alone is evidence enough. */
  static String repairLine(String line) {
    LineRepair attempt = attempt(line);
    return attempt.strong() ? attempt.text() : line;
  }

  /**
   * A line's repair, and whether the evidence was strong: two repairs or more, or a lowercase
   * Vietnamese letter. A single capital ({@code Ã”} for {@code Ô}) might be genuine text.
   */
  private record LineRepair(String text, boolean strong) {}

  /**
   * Text encoded three times needs two passes, and its first pass yields C1 control characters,
   * which are bytes still to decode; a result that keeps any is no repair.
   */
  private static LineRepair attempt(String line) {
    String current = line;
    boolean strong = false;
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      LineRepair next = onePass(current);
      if (next == null) {
        break;
      }
      current = next.text();
      strong |= next.strong();
    }
    if (current.equals(line) || countC1(current) > countC1(line)) {
      return new LineRepair(line, false);
    }
    return new LineRepair(current, strong);
  }

  private static long countC1(String s) {
    return s.chars().filter(c -> c >= 0x80 && c <= 0x9F).count();
  }

  private static LineRepair onePass(String line) {
    StringBuilder out = new StringBuilder(line.length());
    int repairs = 0;
    boolean vietnamese = false;
    boolean lowercaseVietnamese = false;
    int i = 0;
    while (i < line.length()) {
      int length = sequenceLength(byteOf(line.charAt(i)));
      String decoded = length > 0 ? decodeRun(line, i, length) : null;
      if (decoded != null && isPlausible(decoded.codePointAt(0))) {
        int cp = decoded.codePointAt(0);
        out.append(decoded);
        repairs++;
        vietnamese |= isVietnamese(cp);
        lowercaseVietnamese |= VIETNAMESE.indexOf(cp) >= 0;
        i += length;
      } else {
        out.append(line.charAt(i));
        i++;
      }
    }
    if (repairs == 0 || (!vietnamese && repairs < 2)) {
      return null;
    }
    String repaired = out.toString();
    if (suspiciousPairs(repaired) >= suspiciousPairs(line)) {
      return null;
    }
    return new LineRepair(repaired, repairs >= 2 || lowercaseVietnamese);
  }

  /** The text of {@code length} characters at {@code start} read as UTF-8 bytes, if valid. */
  private static String decodeRun(String line, int start, int length) {
    if (start + length > line.length()) {
      return null;
    }
    byte[] bytes = new byte[length];
    for (int k = 0; k < length; k++) {
      int b = byteOf(line.charAt(start + k));
      if (b < 0 || (k > 0 && !isContinuation(b))) {
        return null;
      }
      bytes[k] = (byte) b;
    }
    CharsetDecoder strict =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return strict.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** The single byte that Windows-1252 or ISO-8859-1 shows as {@code c}, or -1. */
  private static int byteOf(char c) {
    if (c <= 0xFF) {
      return c;
    }
    return CP1252_SPECIALS.getOrDefault(c, -1);
  }

  private static int sequenceLength(int lead) {
    if (lead >= 0xC2 && lead <= 0xDF) {
      return 2;
    }
    if (lead >= 0xE0 && lead <= 0xEF) {
      return 3;
    }
    return lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
  }

  private static boolean isContinuation(int b) {
    return b >= 0x80 && b <= 0xBF;
  }

  /** A lead byte shown as a character, followed by a continuation byte shown as one. */
  private static int suspiciousPairs(String s) {
    int count = 0;
    for (int i = 0; i + 1 < s.length(); i++) {
      if (sequenceLength(byteOf(s.charAt(i))) > 0 && isContinuation(byteOf(s.charAt(i + 1)))) {
        count++;
      }
    }
    return count;
  }

  private static boolean isVietnamese(int cp) {
    boolean combiningTone = cp == 0x300 || cp == 0x301 || cp == 0x303 || cp == 0x309 || cp == 0x323;
    return combiningTone || VIETNAMESE.indexOf(Character.toLowerCase(cp)) >= 0;
  }

  /** Characters our lessons plausibly contain; anything else is more likely a false match. */
  private static boolean isPlausible(int cp) {
    return (cp >= 0x80 && cp <= 0x17F) // C1 (see repairLine), Latin-1, Latin Extended-A
        || cp == 0x1A0
        || cp == 0x1A1
        || cp == 0x1AF
        || cp == 0x1B0 // Ơ ơ Ư ư
        || (cp >= 0x300 && cp <= 0x36F) // combining accents
        || (cp >= 0x391 && cp <= 0x3C9) // Greek letters used in formulas
        || (cp >= 0x1EA0 && cp <= 0x1EF9) // Vietnamese letters with tone marks
        || (cp >= 0x2010 && cp <= 0x203A) // dashes, quotes, ellipsis, bullets
        || cp == 0x20AC
        || cp == 0x2122
        || (cp >= 0x2190 && cp <= 0x22FF); // arrows and math operators
  }

  private static Map<Character, Integer> cp1252Specials() {
    Charset cp1252 = Charset.forName("windows-1252");
    Map<Character, Integer> map = new HashMap<>();
    for (int b = 0x80; b <= 0x9F; b++) {
      CharsetDecoder decoder = cp1252.newDecoder().onUnmappableCharacter(CodingErrorAction.REPORT);
      try {
        char c = decoder.decode(ByteBuffer.wrap(new byte[] {(byte) b})).charAt(0);
        if (c > 0xFF && c != 0xFFFD) {
          map.put(c, b);
        }
      } catch (CharacterCodingException e) {
        // 0x81, 0x8D, 0x8F, 0x90 and 0x9D have no character; ISO-8859-1 keeps them as C1 codes.
      }
    }
    return Map.copyOf(map);
  }
}
