package vn.hocsau.cli;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like session on the real site, for what a learner does on pages before using the CLI:
 * sign up, create a personal API token, revoke it. Forms carry the page's CSRF field, as a browser
 * sends it.
 */
final class SiteSession {

  static final String PASSWORD = "mat-khau-e2e-2026";

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern TOKEN = Pattern.compile("(hsk_[A-Za-z0-9_-]{20,})");
  private static final Pattern REVOKE = Pattern.compile("action=\"/account/tokens/(\\d+)/revoke\"");

  private final URI site;
  private final HttpClient http;

  private SiteSession(URI site) {
    this.site = site;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** Signs a new learner up through {@code /signup}; the session is signed in afterwards. */
  static SiteSession signUp(URI site, String name, String email) {
    SiteSession s = new SiteSession(site);
    String csrf = s.csrf("/signup");
    HttpResponse<String> r =
        s.post(
            "/signup",
            Map.of("_csrf", csrf, "displayName", name, "email", email, "password", PASSWORD));
    if (r.statusCode() != 303) {
      throw new IllegalStateException("Sign-up failed (" + r.statusCode() + "): " + r.body());
    }
    return s;
  }

  /** Signs in an existing account through {@code /login}. */
  static SiteSession signIn(URI site, String email, String password) {
    SiteSession s = new SiteSession(site);
    String csrf = s.csrf("/login");
    HttpResponse<String> r =
        s.post("/login", Map.of("_csrf", csrf, "email", email, "password", password));
    if (r.statusCode() != 303) {
      throw new IllegalStateException("Sign-in failed (" + r.statusCode() + "): " + r.body());
    }
    return s;
  }

  /** Creates a personal API token on {@code /account/tokens}; returns its id and plain text. */
  Token createToken(String name) {
    HttpResponse<String> r =
        post("/account/tokens", Map.of("_csrf", csrf("/account/tokens"), "name", name));
    Matcher token = TOKEN.matcher(r.body());
    Matcher id = REVOKE.matcher(r.body());
    if (r.statusCode() != 200 || !token.find() || !id.find()) {
      throw new IllegalStateException("No token on the page (" + r.statusCode() + "): " + r.body());
    }
    return new Token(Long.parseLong(id.group(1)), token.group(1));
  }

  /** Revokes token {@code id} with the page's revoke button. */
  void revoke(long id) {
    HttpResponse<String> r =
        post("/account/tokens/" + id + "/revoke", Map.of("_csrf", csrf("/account/tokens")));
    if (r.statusCode() >= 400) {
      throw new IllegalStateException("Revoking failed (" + r.statusCode() + "): " + r.body());
    }
  }

  /** A personal API token: its id on the tokens page and its plain text. */
  record Token(long id, String text) {}

  private String csrf(String page) {
    HttpResponse<String> r = send(HttpRequest.newBuilder(site.resolve(page)).GET().build());
    Matcher m = CSRF.matcher(r.body());
    if (!m.find()) {
      throw new IllegalStateException("No CSRF field on " + page + ": " + r.statusCode());
    }
    return m.group(1);
  }

  private HttpResponse<String> post(String path, Map<String, String> form) {
    String body =
        new LinkedHashMap<>(form)
            .entrySet().stream()
                .map(
                    e ->
                        URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                            + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(site.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
