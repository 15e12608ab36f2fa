package vn.hocsau.content;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Repairs UTF-8 text that an editor read through a single-byte code page and saved again as UTF-8,
 * so that {@code Há»c sÃ¢u} (Windows-1252) or {@code Hб»Ќc sГўu} (Windows-1251) becomes {@code Học
 * sâu}; text read that way twice needs two passes.
 *
 * <p>Every code page in {@link CodePage#CANDIDATES} is tried on each line, and the one that reads
 * back the most characters as valid UTF-8 wins, provided every character it yields is one our
 * lessons plausibly contain ({@link PlausibleText}) and every repaired letter stands among letters
 * of its own script. Legitimate text must survive, so the repair stays cautious: it works line by
 * line, a line is changed on its own evidence only when that yields a lowercase Vietnamese letter,
 * at least two repaired characters, or a lost byte that the editor marked with U+FFFD; a line with
 * weaker evidence (one capital: {@code NGÃ”} could be a quoted {@code NGÃ}) is changed only through
 * a code page that repaired other lines of the same file. Plain accented text ({@code café}, {@code
 * Học sâu}, {@code всё}) never forms such sequences.
 *
 * <p>Bytes the code page had no character for (0x81, 0x8D, 0x8F, 0x90 and 0x9D in Windows-1252;
 * most of 0x80 to 0x9F in TIS-620) are lost: the editor shows {@code ?} or U+FFFD, or drops them.
 * The character they belonged to cannot be known ({@code á»?} could be {@code ề}, {@code ọ}, {@code
 * ỏ}, {@code Ố} or {@code ờ}), so the repair puts U+FFFD in its place and reports how many
 * characters the line lost; {@link SourceText} turns that into an error, so that a damaged line
 * never reaches learners while the course's previous import stays online. A byte dropped without a
 * trace after a lone lead character ({@code Ã} for {@code Ý}) cannot be told from real text.
 */
final class Mojibake {

  /** The repaired text and what was done to each line that changed. */
  record Repair(String text, List<Fix> fixes) {

    /** The 1-based lines that changed. */
    List<Integer> lines() {
      return fixes.stream().map(Fix::line).toList();
    }
  }

  /**
   * A changed line: the code pages it had been read through, first mis-reading first; how many of
   * its characters were lost, and the 1-based column (after NFC) of the first.
   */
  record Fix(int line, List<String> codePages, int lost, int column) {}

  private static final int ALL_PAGES = -1;

  private Mojibake() {}

  static Repair repair(String text) {
    String[] lines = text.split("\n", -1);
    LineRepair[] attempts = new LineRepair[lines.length];
    int proven = 0;
    for (int i = 0; i < lines.length; i++) {
      attempts[i] = MojibakeLine.attempt(lines[i], ALL_PAGES);
      if (attempts[i] != null && attempts[i].strong()) {
        proven |= attempts[i].explaining();
      }
    }
    List<Fix> fixes = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      LineRepair attempt = attempts[i];
      if (attempt != null && !attempt.strong()) {
        attempt = proven == 0 ? null : MojibakeLine.attempt(lines[i], proven);
      }
      if (attempt != null) {
        lines[i] = attempt.text();
        fixes.add(new Fix(i + 1, attempt.codePages(), attempt.lost(), attempt.firstLostColumn()));
      }
    }
    return fixes.isEmpty()
        ? new Repair(text, List.of())
        : new Repair(String.join("\n", lines), fixes);
  }

  /** Repairs one line when the line alone is evidence enough. */
  static String repairLine(String line) {
    LineRepair attempt = MojibakeLine.attempt(line, ALL_PAGES);
    return attempt != null && attempt.strong() ? attempt.text() : line;
  }

  /**
   * One line's repair: its text, whether its own evidence suffices, the code pages it was read
   * through (first mis-reading first), the candidates that explain it equally well (a bit mask over
   * {@link CodePage#CANDIDATES}), and the characters lost for good.
   */
  record LineRepair(
      String text, boolean strong, List<String> codePages, int explaining, int lost, int at) {

    /** The 1-based column of the first lost character once the line is in NFC, or 0. */
    int firstLostColumn() {
      if (lost == 0) {
        return 0;
      }
      String before = Normalizer.normalize(text.substring(0, at), Normalizer.Form.NFC);
      return before.codePointCount(0, before.length()) + 1;
    }
  }
}
