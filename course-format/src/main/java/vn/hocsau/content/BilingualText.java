package vn.hocsau.content;

import java.text.Normalizer;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.hocsau.system.i18n.Language;

/**
 * A text in Vietnamese and English, the two site languages: a title, a summary, a question. Either
 * side may be missing (blank); reading a missing side falls back to the other one, so a course or
 * quiz written in one language still works in both, and pages can say that they fell back.
 *
 * <p>Text is stripped and NFC-normalised on construction: Vietnamese keyboards send "ọ" either
 * composed or as "o" plus combining marks, and the two must compare and render the same.
 *
 * @param vi the Vietnamese text, or "" when there is none
 * @param en the English text, or "" when there is none
 */
public record BilingualText(String vi, String en) {

  /** No text in either language, for optional things such as an explanation or option feedback. */
  public static final BilingualText NONE = new BilingualText("", "");

  /** Normalises both sides; {@code null} or blank means "not written in that language". */
  public BilingualText {
    vi = normalise(vi);
    en = normalise(en);
  }

  /** The text written as {@code vi} and {@code en}, either of them null or blank when missing. */
  public static BilingualText of(String vi, String en) {
    return new BilingualText(vi, en);
  }

  /** The same text for both languages, for formulas, code, numbers or names. */
  public static BilingualText same(String text) {
    return new BilingualText(text, text);
  }

  /** Text written in one language only, as GIFT files are. */
  public static BilingualText only(Language language, String text) {
    return language == Language.VI ? new BilingualText(text, "") : new BilingualText("", text);
  }

  /** The text in {@code language}, else in the other language, else "". */
  public String in(Language language) {
    String preferred = language == Language.VI ? vi : en;
    return preferred.isEmpty() ? (language == Language.VI ? en : vi) : preferred;
  }

  /** The text written in {@code language} itself, without falling back. */
  public Optional<String> written(Language language) {
    String text = language == Language.VI ? vi : en;
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /** Whether the text is written in {@code language} itself, without falling back. */
  public boolean has(Language language) {
    return written(language).isPresent();
  }

  /** This text with a missing side filled from the other, so that both sides read the same. */
  public BilingualText filled() {
    return new BilingualText(in(Language.VI), in(Language.EN));
  }

  /** Whether there is no text in either language. */
  public boolean isEmpty() {
    return vi.isEmpty() && en.isEmpty();
  }

  /** The texts as written, by language, Vietnamese first (also their stored and hashed form). */
  public Map<Language, String> texts() {
    EnumMap<Language, String> texts = new EnumMap<>(Language.class);
    written(Language.VI).ifPresent(t -> texts.put(Language.VI, t));
    written(Language.EN).ifPresent(t -> texts.put(Language.EN, t));
    return Collections.unmodifiableMap(texts);
  }

  /** The languages this text is written in. */
  public Set<Language> languages() {
    return texts().keySet();
  }

  private static String normalise(String text) {
    return text == null ? "" : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
  }
}
