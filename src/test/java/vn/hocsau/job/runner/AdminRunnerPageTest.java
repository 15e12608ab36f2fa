package vn.hocsau.job.runner;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.job.RunnerTokenView;
import vn.hocsau.support.Csrf;
import vn.hocsau.support.TestAccounts;

/** Admins create a runner token (shown once), see it listed, and revoke it. */
@QuarkusTest
class AdminRunnerPageTest {

  @Inject TestAccounts accounts;
  @Inject RunnerTokenService tokens;

  private String session;

  @BeforeEach
  void logInAsAdmin() {
    session = accounts.login(accounts.create("admin").id);
  }

  @Test
  void anAdminCreatesUsesAndRevokesAToken() {
    Response created =
        Csrf.with(given())
            .cookie(SessionCookie.NAME, session)
            .header("Accept-Language", "en")
            .formParam("name", "gpu-box-1 (Hà Nội)")
            .post("/admin/runners");
    assertEquals(200, created.statusCode());
    assertEquals("no-store", created.header("Cache-Control"));
    Document page = Jsoup.parse(created.asString());
    String token = page.selectFirst("#new-token").attr("value");
    assertTrue(token.startsWith(RunnerTokenService.PREFIX), token);
    assertTrue(page.text().contains("shown only this once"));
    assertTrue(page.text().contains("gpu-box-1 (Hà Nội)"));

    claimWith(token).then().statusCode(200);
    String list = adminPage().asString();
    assertTrue(!list.contains(token), "the plain token is never shown again");
    RunnerTokenView view =
        tokens.list().stream().filter(t -> token.startsWith(t.hint())).findFirst().orElseThrow();
    assertNotNull(view.lastSeenAt());

    Csrf.with(given())
        .cookie(SessionCookie.NAME, session)
        .header("Accept-Language", "en")
        .post("/admin/runners/" + view.id() + "/revoke")
        .then()
        .statusCode(200)
        .body(containsString("was revoked"));
    claimWith(token).then().statusCode(401);
  }

  @Test
  void aTokenNeedsAName() {
    Csrf.with(given())
        .cookie(SessionCookie.NAME, session)
        .header("Accept-Language", "vi")
        .formParam("name", "   ")
        .post("/admin/runners")
        .then()
        .statusCode(400)
        .body(containsString("Vui lòng nhập tên cho token."))
        .body(not(containsString("id=\"new-token\"")));
  }

  @Test
  void revokingAnUnknownTokenIsNotFound() {
    Csrf.with(given())
        .cookie(SessionCookie.NAME, session)
        .post("/admin/runners/999999999/revoke")
        .then()
        .statusCode(404);
  }

  @Test
  void theAdminNavigationLinksToThePage() {
    Document page = Jsoup.parse(adminPage().asString());
    assertNotNull(page.selectFirst("nav a[href=/admin/runners][aria-current=page]"));
  }

  @Test
  void aFormWithoutTheCsrfTokenIsRefused() {
    given()
        .cookie(SessionCookie.NAME, session)
        .contentType("application/x-www-form-urlencoded; charset=UTF-8")
        .formParam("name", "sneaky")
        .post("/admin/runners")
        .then()
        .statusCode(403);
  }

  private Response adminPage() {
    return given().cookie(SessionCookie.NAME, session).get("/admin/runners");
  }

  private static Response claimWith(String token) {
    return given()
        .header("Authorization", "Bearer " + token)
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/runner/v1/claim");
  }
}
