package vn.hocsau.system.pagecache;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vn.hocsau.system.i18n.Language;
import vn.hocsau.system.i18n.LanguageFilter;
import vn.hocsau.system.security.CsrfFilter;

/**
 * Whether a request is one an anonymous page may answer, and in which language: a GET with no
 * credentials of any kind (no cookie but the language and CSRF ones, no Authorization header), on a
 * plain path, with a short query. Anything else goes to the page's resource, as if there were no
 * cache.
 */
final class AnonymousRequest {

  /** Cookies an anonymous visitor may carry; any other may be a session (ours or OIDC's). */
  private static final Set<String> ANONYMOUS_COOKIES =
      Set.of(LanguageFilter.COOKIE, CsrfFilter.COOKIE);

  /** Longest query string kept (a catalog search); longer ones are rendered each time. */
  static final int MAX_QUERY = 200;

  private AnonymousRequest() {}

  /** Whether {@code request} carries nothing that could make its page differ per visitor. */
  static boolean isAnonymous(HttpServerRequest request) {
    if (request.method() != HttpMethod.GET
        || request.headers().contains(HttpHeaders.AUTHORIZATION)
        || request.path() == null
        || request.path().contains("%")
        || request.path().contains("//")) {
      return false;
    }
    String query = request.query();
    if (query != null && query.length() > MAX_QUERY) {
      return false;
    }
    for (Cookie cookie : request.cookies()) {
      if (!ANONYMOUS_COOKIES.contains(cookie.getName())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The page language as {@code LanguageFilter} chooses it: {@code ?lang=}, the language cookie,
   * Accept-Language, then Vietnamese. Empty when the Accept-Language header cannot be read (the
   * resource then decides, uncached).
   */
  static Optional<Language> language(HttpServerRequest request) {
    Cookie cookie = request.getCookie(LanguageFilter.COOKIE);
    String accept = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
    List<Locale> acceptable;
    try {
      acceptable =
          accept == null || accept.isBlank()
              ? List.of()
              : Locale.LanguageRange.parse(accept).stream()
                  .filter(r -> r.getWeight() > 0)
                  .map(r -> Locale.forLanguageTag(r.getRange()))
                  .toList();
    } catch (IllegalArgumentException unreadable) {
      return Optional.empty();
    }
    return Optional.of(
        LanguageFilter.choose(
            request.getParam(LanguageFilter.QUERY),
            cookie == null ? null : cookie.getValue(),
            () -> acceptable));
  }
}
