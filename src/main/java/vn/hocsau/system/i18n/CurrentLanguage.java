package vn.hocsau.system.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * The language of the current request, chosen by {@link LanguageFilter}: the language cookie, then
 * Accept-Language, then Vietnamese.
 */
@RequestScoped
@Named("lang")
public class CurrentLanguage {

  private Language language = Language.VI;

  /** The chosen language. */
  public Language get() {
    return language;
  }

  /** The language code, for {@code <html lang>}. */
  public String code() {
    return language.code();
  }

  /** Whether the request is in {@code code}. */
  public boolean is(String code) {
    return language.code().equals(code);
  }

  /** Switches the language for the rest of this request (after a profile change). */
  public void set(Language language) {
    this.language = language;
  }

  /** The site's own bundle ({@code msg}) in the current language, for text produced in Java. */
  public AppMessages messages() {
    return Bundles.in(language, AppMessages.class);
  }

  /** A feature's message bundle (an {@code @MessageBundle} interface) in the current language. */
  public <T> T messages(Class<T> bundle) {
    return Bundles.in(language, bundle);
  }
}
