package vn.hocsau.quiz;

import java.text.Normalizer;
import vn.hocsau.system.i18n.Language;

/**
 * A piece of quiz text in Vietnamese and English. Either side may be missing; reading a missing
 * side falls back to the other one, so a quiz written in one language still works in both.
 *
 * <p>Text is NFC-normalised on construction: Vietnamese keyboards send "ọ" either composed or as
 * "o" plus combining marks, and the two must compare and render the same.
 *
 * @param vi the Vietnamese text, or "" when there is none
 * @param en the English text, or "" when there is none
 */
public record LocalizedText(String vi, String en) {

  /** No text in either language, for optional things such as an explanation or option feedback. */
  public static final LocalizedText NONE = new LocalizedText("", "");

  /** Normalises both sides; {@code null} means "not written in that language". */
  public LocalizedText {
    vi = normalise(vi);
    en = normalise(en);
  }

  /** Text written in both languages. */
  public static LocalizedText of(String vi, String en) {
    return new LocalizedText(vi, en);
  }

  /** The same text for both languages, for formulas, code or numbers. */
  public static LocalizedText same(String text) {
    return new LocalizedText(text, text);
  }

  /** Text written in one language only, as GIFT files are. */
  public static LocalizedText only(Language language, String text) {
    return language == Language.VI ? new LocalizedText(text, "") : new LocalizedText("", text);
  }

  /** The text in {@code language}, or in the other language when it is missing there. */
  public String in(Language language) {
    String preferred = language == Language.VI ? vi : en;
    return preferred.isBlank() ? (language == Language.VI ? en : vi) : preferred;
  }

  /** Whether the text is written in {@code language} itself, without falling back. */
  public boolean has(Language language) {
    return !(language == Language.VI ? vi : en).isBlank();
  }

  /** Whether there is no text in either language. */
  public boolean isEmpty() {
    return vi.isBlank() && en.isBlank();
  }

  private static String normalise(String text) {
    return text == null ? "" : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
  }
}
