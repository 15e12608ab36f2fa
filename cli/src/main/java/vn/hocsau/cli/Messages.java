package vn.hocsau.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The CLI's own words, in Vietnamese or English ({@code messages*.properties} and, for picocli's
 * usage help, {@code help*.properties} next to this class). The language follows the locale
 * variables as other command-line tools do: {@code LC_ALL}, then {@code LC_MESSAGES}, then {@code
 * LANG}; a value starting with {@code vi} (e.g. {@code vi_VN.UTF-8}) is Vietnamese, anything else
 * English. Nothing here depends on the JVM's default locale, so a test decides the language.
 */
public final class Messages {

  static final String BUNDLE = "vn.hocsau.cli.messages";
  static final String HELP_BUNDLE = "vn.hocsau.cli.help";

  private final Locale locale;
  private final ResourceBundle bundle;

  Messages(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale, Control.NO_FALLBACK);
  }

  /** The messages for the locale variables in {@code env}. */
  public static Messages of(Map<String, String> env) {
    return new Messages(localeOf(env));
  }

  static Locale localeOf(Map<String, String> env) {
    for (String name : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
      String value = env.get(name);
      if (value != null && !value.isBlank()) {
        return value.strip().toLowerCase(Locale.ROOT).startsWith("vi")
            ? Locale.forLanguageTag("vi")
            : Locale.ENGLISH;
      }
    }
    return Locale.ENGLISH;
  }

  /** The language tag sent as {@code Accept-Language}, so the server answers in it too. */
  public String language() {
    return locale.getLanguage();
  }

  Locale locale() {
    return locale;
  }

  /** The usage-help bundle in this language, for picocli. */
  ResourceBundle help() {
    return ResourceBundle.getBundle(HELP_BUNDLE, locale, Control.NO_FALLBACK);
  }

  /**
   * The message {@code key} with {@code args} filled in. Every message is a {@link MessageFormat}
   * pattern, with or without arguments, so an apostrophe is always written {@code ''}.
   */
  public String get(String key, Object... args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("No CLI message " + key, e);
    }
    return new MessageFormat(pattern, locale).format(args);
  }

  /** Whether {@code key} exists (problem types and error classes with a hint of their own). */
  boolean has(String key) {
    return bundle.containsKey(key);
  }

  /** English is the base bundle; only Vietnamese has its own file, and no JVM default leaks in. */
  private static final class Control extends ResourceBundle.Control {
    static final Control NO_FALLBACK = new Control();

    @Override
    public Locale getFallbackLocale(String baseName, Locale locale) {
      return null;
    }
  }
}
