package vn.hocsau.content;

import java.lang.Character.UnicodeScript;

/**
 * What a repaired character may be. A mis-read byte sequence is only decoded when the character it
 * yields is one our lessons plausibly contain; anything else is more likely a false match in
 * legitimate text.
 */
final class PlausibleText {

  private static final String VIETNAMESE =
      "àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ";

  private PlausibleText() {}

  /** Characters our lessons plausibly contain, so a repair may end with them. */
  static boolean isContent(int cp) {
    return (cp >= 0xA0 && cp <= 0x17F) // Latin-1, Latin Extended-A
        || cp == 0x1A0
        || cp == 0x1A1
        || cp == 0x1AF
        || cp == 0x1B0 // Ơ ơ Ư ư
        || (cp >= 0x300 && cp <= 0x36F) // combining accents
        || (cp >= 0x391 && cp <= 0x3C9) // Greek letters used in formulas
        || (cp >= 0x400 && cp <= 0x4FF) // Cyrillic
        || (cp >= 0x1EA0 && cp <= 0x1EF9) // Vietnamese letters with tone marks
        || (cp >= 0x2010 && cp <= 0x203A) // dashes, quotes, ellipsis, bullets
        || (cp >= 0x2070 && cp <= 0x209F) // superscripts and subscripts
        || cp == 0x20AC // euro
        || (cp >= 0x2100 && cp <= 0x22FF) // letterlike symbols, arrows, math operators
        || (cp >= 0x2500 && cp <= 0x27BF) // box drawing, shapes, symbols, dingbats
        || (cp >= 0x27C0 && cp <= 0x27EF)
        || (cp >= 0x2980 && cp <= 0x2AFF) // more math
        || (cp >= 0x3040 && cp <= 0x30FF) // kana
        || (cp >= 0x4E00 && cp <= 0x9FFF) // CJK ideographs
        || (cp >= 0x1F300 && cp <= 0x1FAFF); // emoji
  }

  /**
   * Characters a repair may pass through on its way: text mis-read twice first decodes to what the
   * inner code page showed (C1 controls, Cyrillic, box drawing, a U+FFFD for a lost byte).
   */
  static boolean isStep(int cp) {
    return isContent(cp) || (cp >= 0x80 && cp <= 0x9F) || cp == 0xFFFD || CodePage.shows(cp);
  }

  static boolean isLowercaseVietnamese(int cp) {
    return VIETNAMESE.indexOf(cp) >= 0;
  }

  /**
   * Whether a repaired letter may stand next to the letter {@code neighbour} of the same word.
   * Mis-read Vietnamese is Latin around Latin; a false match inside a Russian word ({@code её} read
   * as KOI8-R gives {@code ţ}) puts a Latin letter among Cyrillic ones. Greek symbols sit next to
   * Latin ones in formulas ({@code Δx}).
   */
  static boolean sameScript(int repaired, int neighbour) {
    if (!Character.isLetter(repaired) || !Character.isLetter(neighbour)) {
      return true;
    }
    return group(UnicodeScript.of(repaired)) == group(UnicodeScript.of(neighbour));
  }

  private static UnicodeScript group(UnicodeScript script) {
    return script == UnicodeScript.GREEK ? UnicodeScript.LATIN : script;
  }
}
