package vn.hocsau.system.i18n;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Chooses the language of each request: {@code ?lang=}, the language cookie, Accept-Language, then
 * Vietnamese; {@link TemplateLanguage} renders every page in it.
 */
public class LanguageFilter {

  /** Name of the cookie that remembers the language a visitor picked. */
  public static final String COOKIE = "hs_lang";

  /** The query parameter that picks the language of one request. */
  public static final String QUERY = "lang";

  @Inject CurrentLanguage current;

  @ServerRequestFilter(preMatching = true)
  void choose(ContainerRequestContext request) {
    Cookie cookie = request.getCookies().get(COOKIE);
    // An API client without cookies names its language as ?lang=vi|en (or Accept-Language).
    String asked = request.getUriInfo().getQueryParameters().getFirst(QUERY);
    current.set(
        choose(asked, cookie == null ? null : cookie.getValue(), request::getAcceptableLanguages));
  }

  /**
   * The page language: {@code asked} ({@code ?lang=}), then the {@code remembered} cookie, then the
   * first supported {@code acceptable} language, then Vietnamese. Also used by the page cache,
   * which must key pages exactly as they are rendered.
   */
  public static Language choose(
      String asked, String remembered, Supplier<List<Locale>> acceptable) {
    return Language.fromCode(asked)
        .or(() -> Language.fromCode(remembered))
        .or(() -> Language.fromAcceptable(acceptable.get()))
        .orElse(Language.VI);
  }
}
