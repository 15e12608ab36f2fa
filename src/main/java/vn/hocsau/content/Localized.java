package vn.hocsau.content;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.hocsau.system.i18n.Language;

/**
 * A text written in one or both site languages. Authors may leave one language out; readers of that
 * language then see the other one, and the page says so.
 */
public record Localized(Map<Language, String> texts) {

  /** Copies {@code texts} into an ordered, unmodifiable map (Vietnamese first). */
  public Localized {
    EnumMap<Language, String> copy = new EnumMap<>(Language.class);
    copy.putAll(texts);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("a localized text needs at least one language");
    }
    texts = Collections.unmodifiableMap(copy);
  }

  /** The same text in every language: numbers, code, names. */
  public static Localized neutral(String text) {
    EnumMap<Language, String> all = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      all.put(language, text);
    }
    return new Localized(all);
  }

  /** The text written in {@code language}, if any. */
  public Optional<String> in(Language language) {
    return Optional.ofNullable(texts.get(language));
  }

  /** The text in {@code preferred}, else in the first language it was written in. */
  public String orFallback(Language preferred) {
    return in(preferred).orElseGet(() -> texts.values().iterator().next());
  }

  /** The languages this text was written in. */
  public Set<Language> languages() {
    return texts.keySet();
  }
}
