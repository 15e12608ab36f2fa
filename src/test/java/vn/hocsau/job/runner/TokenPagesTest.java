package vn.hocsau.job.runner;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
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
    assertWords("/admin/runners", "en", "Runner tokens", "Last seen", "never");
    assertWords("/admin/runners", "vi", "Token của máy chạy", "Lần dùng gần nhất", "chưa bao giờ");
  }

  @Test
  void theApiTokenPageSpeaksOfApiTokens() {
    assertWords("/account/tokens", "en", "API tokens", "Last used", "Never");
    Document vi =
        assertWords("/account/tokens", "vi", "Mã truy cập API", "Dùng lần cuối", "Chưa dùng");
    assertEquals("Mã", vi.select("th").get(1).text());
    assertEquals("Tên mã", vi.selectFirst("label[for=token-name]").text());
  }

  /**
   * Checks the words that differ between the pages (title, last-use column, never used) and that
   * the forms post to the page itself; returns the page.
   */
  private Document assertWords(
      String path, String language, String title, String lastUse, String never) {
    Document page = pageWithOneToken(path, language);
    assertEquals(title, page.selectFirst("h1").text());
    assertEquals(lastUse, page.select("th").get(3).text());
    assertEquals(5, page.select("th").size());
    assertEquals(never, page.selectFirst("td .muted").text());
    assertEquals(path, page.selectFirst("form.form").attr("action"));
    String revoke = page.selectFirst("td form").attr("action");
    assertTrue(revoke.matches(path + "/\\d+/revoke"), revoke);
    return page;
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
