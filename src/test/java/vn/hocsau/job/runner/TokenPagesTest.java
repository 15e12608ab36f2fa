package vn.hocsau.job.runner;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.support.Csrf;
import vn.hocsau.support.TestAccounts;

/**
 * Both token pages render the one shared template with their own words: every label comes from the
 * page's own message keys, in the visitor's language, and each form posts to its own page.
 */
@QuarkusTest
class TokenPagesTest {

  @Inject TestAccounts accounts;

  @Test
  void theRunnerPageSpeaksOfRunners() {
    Document en = pageWithOneToken("/admin/runners", "en");
    assertEquals("Runner tokens", en.selectFirst("h1").text());
    assertEquals(
        List.of("Name", "Token", "Created", "Last seen", "Status"), en.select("th").eachText());
    assertEquals("never", en.selectFirst("td .muted").text());
    assertEquals("Create token", en.selectFirst("form.form button").text());
    assertEquals("/admin/runners", en.selectFirst("form.form").attr("action"));
    Document vi = pageWithOneToken("/admin/runners", "vi");
    assertEquals("Lần dùng gần nhất", vi.select("th").get(3).text());
    assertEquals("chưa bao giờ", vi.selectFirst("td .muted").text());
  }

  @Test
  void theApiTokenPageSpeaksOfApiTokens() {
    Document en = pageWithOneToken("/account/tokens", "en");
    assertEquals("API tokens", en.selectFirst("h1").text());
    assertEquals(
        List.of("Name", "Token", "Created", "Last used", "Status"), en.select("th").eachText());
    assertEquals("Never", en.selectFirst("td .muted").text());
    assertEquals("Token name", en.selectFirst("label[for=token-name]").text());
    Document vi = pageWithOneToken("/account/tokens", "vi");
    assertEquals("Mã truy cập API", vi.selectFirst("h1").text());
    assertEquals("Mã", vi.select("th").get(1).text());
    assertEquals("Chưa dùng", vi.selectFirst("td .muted").text());
    String revoke = vi.selectFirst("td form").attr("action");
    assertEquals(true, revoke.matches("/account/tokens/\\d+/revoke"), revoke);
  }

  /** As a fresh admin, creates one token on {@code path} and returns the list page. */
  private Document pageWithOneToken(String path, String language) {
    String session = accounts.login(accounts.create("admin").id);
    Csrf.with(given())
        .cookie(SessionCookie.NAME, session)
        .formParam("name", "một token")
        .post(path)
        .then()
        .statusCode(200);
    String html =
        given()
            .cookie(SessionCookie.NAME, session)
            .header("Accept-Language", language)
            .get(path)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    return Jsoup.parse(html);
  }
}
