package vn.hocsau.system.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the site is written in. Vietnamese comes first: it is the default. A plain enum
 * (message bundles are reached through {@link Bundles}), so the {@code content} library can use it.
 */
public enum Language {
  VI("vi"),
  EN("en");

  private final String code;

  Language(String code) {
    this.code = code;
  }

  /** The BCP 47 code, also used in the language cookie and the profile. */
  public String code() {
    return code;
  }

  /** The matching {@link Locale}. */
  public Locale locale() {
    return Locale.forLanguageTag(code);
  }

  /** The language for {@code code} ("vi", "en", "en-US"...), if we have it. */
  public static Optional<Language> fromCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String primary = code.trim().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    return Arrays.stream(values()).filter(l -> l.code.equals(primary)).findFirst();
  }

  /** The first supported language in an Accept-Language list, in the client's order. */
  public static Optional<Language> fromAcceptable(List<Locale> acceptable) {
    return acceptable.stream()
        .map(l -> fromCode(l.getLanguage()))
        .flatMap(Optional::stream)
        .findFirst();
  }
}
