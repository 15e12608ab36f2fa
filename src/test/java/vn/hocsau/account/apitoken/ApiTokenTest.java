package vn.hocsau.account.apitoken;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.hocsau.account.AppUser;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.support.Csrf;
import vn.hocsau.support.TestAccounts;

/**
 * Personal API tokens end to end: created on the tokens page, used on the JSON API as their owner,
 * revoked, and refused wherever they do not belong.
 */
@QuarkusTest
class ApiTokenTest {

  private static final Pattern TOKEN = Pattern.compile("hsk_[A-Za-z0-9_-]{43}");

  @Inject TestAccounts accounts;
  @Inject ApiTokenService tokens;

  /** Creates a token through the page, as the user would, and returns its plain text. */
  private String createOnPage(AppUser user, String name) {
    String page =
        Csrf.with(given())
            .cookie(SessionCookie.NAME, accounts.login(user.id))
            .formParam("name", name)
            .post("/account/tokens")
            .then()
            .statusCode(200)
            .header("Cache-Control", "no-store")
            .extract()
            .asString();
    Matcher m = TOKEN.matcher(page);
    assertEquals(true, m.find(), "the new token is shown");
    return m.group();
  }

  private static io.restassured.response.Response me(String token) {
    return given().header("Authorization", "Bearer " + token).get("/api/me");
  }

  @Test
  void createUseRevoke() {
    AppUser user = accounts.create("learner");
    String token = createOnPage(user, "máy tính ở nhà");
    me(token).then().statusCode(200).body("id", org.hamcrest.Matchers.equalTo(user.id.intValue()));
    // The list shows the name and the hint, never the token again; the use was recorded.
    ApiTokenView view = tokens.list(user.id).get(0);
    assertNotNull(view.lastUsedAt());
    given()
        .cookie(SessionCookie.NAME, accounts.login(user.id))
        .get("/account/tokens")
        .then()
        .statusCode(200)
        .body(containsString("máy tính ở nhà"))
        .body(containsString(token.substring(0, 8)))
        .body(not(containsString(token)));
    Csrf.with(given())
        .cookie(SessionCookie.NAME, accounts.login(user.id))
        .post("/account/tokens/" + view.id() + "/revoke")
        .then()
        .statusCode(200);
    me(token).then().statusCode(401).contentType("application/problem+json");
  }

  @Test
  void aTokenCarriesItsOwnersRoles() {
    AppUser admin = accounts.create("admin");
    me(tokens.create(admin.id, "ops").token())
        .then()
        .statusCode(200)
        .body("roles", hasItem("admin"));
  }

  @Test
  void aTokenOfOneUserNeverActsAsAnother() {
    AppUser a = accounts.create("learner");
    AppUser b = accounts.create("learner");
    String tokenA = tokens.create(a.id, "a").token();
    // Even alongside B's session cookie, the token decides who calls.
    given()
        .header("Authorization", "Bearer " + tokenA)
        .cookie(SessionCookie.NAME, accounts.login(b.id))
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("id", org.hamcrest.Matchers.equalTo(a.id.intValue()));
    // B cannot revoke A's token: it does not exist for B.
    Long idA = tokens.list(a.id).get(0).id();
    Csrf.with(given())
        .cookie(SessionCookie.NAME, accounts.login(b.id))
        .post("/account/tokens/" + idA + "/revoke")
        .then()
        .statusCode(404);
    me(tokenA).then().statusCode(200);
  }

  @Test
  void unknownOrMalformedTokensAreUnauthorized() {
    for (String bad :
        new String[] {"hsk_garbage", "hsk_" + "A".repeat(43), "hsk_" + "x".repeat(200)}) {
      me(bad).then().statusCode(401).contentType("application/problem+json");
    }
  }

  @Test
  void tokensAreRefusedOnTheRunnerApiAndOnPages() {
    AppUser user = accounts.create("admin");
    String token = tokens.create(user.id, "mine").token();
    given()
        .header("Authorization", "Bearer " + token)
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/runner/v1/claim")
        .then()
        .statusCode(401);
    for (String page : new String[] {"/account/tokens", "/profile", "/admin/runners"}) {
      given()
          .header("Authorization", "Bearer " + token)
          .redirects()
          .follow(false)
          .get(page)
          .then()
          .statusCode(401);
    }
    // A form post with the token is refused too: pages take cookies only.
    Csrf.with(given())
        .header("Authorization", "Bearer " + token)
        .formParam("name", "sneaky")
        .post("/account/tokens")
        .then()
        .statusCode(401);
    assertEquals(1, tokens.list(user.id).size());
  }

  @Test
  void creatingTokensIsRateLimited() {
    AppUser user = accounts.create("learner");
    for (int i = 0; i < 10; i++) {
      tokens.create(user.id, "t" + i);
    }
    Csrf.with(given())
        .cookie(SessionCookie.NAME, accounts.login(user.id))
        .formParam("name", "one too many")
        .post("/account/tokens")
        .then()
        .statusCode(429);
  }

  @Test
  void badNamesAreRefused() {
    AppUser user = accounts.create("learner");
    for (String bad : new String[] {"", "   ", "x".repeat(65), "a\u0000b"}) {
      Csrf.with(given())
          .cookie(SessionCookie.NAME, accounts.login(user.id))
          .header("Accept-Language", "en")
          .formParam("name", bad)
          .post("/account/tokens")
          .then()
          .statusCode(400);
    }
    assertEquals(0, tokens.list(user.id).size());
  }
}
