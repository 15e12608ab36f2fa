package vn.hocsau.bench.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import vn.hocsau.bench.BenchPlatform;

/** A demo learner signed in over HTTP, as a browser would be: session and CSRF cookies. */
final class BenchSession {

  static final String CSRF = "b".repeat(43);

  private final String site;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;
  private final HttpClient anonymous = HttpClient.newHttpClient();

  private BenchSession(String site) {
    this.site = site;
    cookies.getCookieStore().add(URI.create(site), csrfCookie());
    this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
  }

  private static HttpCookie csrfCookie() {
    HttpCookie c = new HttpCookie("hs_csrf", CSRF);
    c.setPath("/");
    return c;
  }

  static BenchSession logIn(String site, String email) throws IOException, InterruptedException {
    BenchSession s = new BenchSession(site);
    String form =
        "_csrf="
            + CSRF
            + "&email="
            + URLEncoder.encode(email, StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(BenchPlatform.DEMO_PASSWORD, StandardCharsets.UTF_8);
    HttpResponse<String> r =
        s.http.send(
            HttpRequest.newBuilder(URI.create(site + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 303) {
      throw new IllegalStateException("Sign-in failed: " + r.statusCode());
    }
    return s;
  }

  HttpResponse<String> get(String path, boolean signedIn) throws IOException, InterruptedException {
    return (signedIn ? http : anonymous)
        .send(
            HttpRequest.newBuilder(URI.create(site + path)).build(),
            HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String contentType, byte[] body)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(site + path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** The {@code Cookie} header a browser of this session sends, for wrk. */
  String cookieHeader() {
    return cookies.getCookieStore().getCookies().stream()
        .map(c -> c.getName() + "=" + c.getValue())
        .collect(Collectors.joining("; "));
  }
}
