package vn.hocsau.system.i18n;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/**
 * The message bundles in a given language. Kept out of {@link Language} so that the enum stays a
 * plain value the {@code content} library can use without Quarkus.
 */
public final class Bundles {

  private Bundles() {}

  /** The message bundle {@code type} (an {@code @MessageBundle} interface) in {@code language}. */
  public static <T> T in(Language language, Class<T> type) {
    return MessageBundles.get(type, Localized.Literal.of(language.code()));
  }
}
