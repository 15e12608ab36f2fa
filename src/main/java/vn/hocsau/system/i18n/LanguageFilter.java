package vn.hocsau.system.i18n;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
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
    Language chosen =
        Language.fromCode(asked)
            .or(() -> Language.fromCode(cookie == null ? null : cookie.getValue()))
            .or(() -> Language.fromAcceptable(request.getAcceptableLanguages()))
            .orElse(Language.VI);
    current.set(chosen);
  }
}
