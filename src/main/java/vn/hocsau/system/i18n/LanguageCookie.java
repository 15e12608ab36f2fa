package vn.hocsau.system.i18n;

import jakarta.ws.rs.core.NewCookie;

/** The cookie that remembers a visitor's language for a year. */
public final class LanguageCookie {

  private LanguageCookie() {}

  /** A cookie choosing {@code language}. */
  public static NewCookie of(Language language, boolean secure) {
    return new NewCookie.Builder(LanguageFilter.COOKIE)
        .value(language.code())
        .path("/")
        .maxAge(365 * 24 * 3600)
        .secure(secure)
        .sameSite(NewCookie.SameSite.LAX)
        .build();
  }
}
