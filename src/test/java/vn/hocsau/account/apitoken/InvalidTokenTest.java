package vn.hocsau.account.apitoken;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hocsau.account.AppUser;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.support.TestAccounts;

/**
 * A token that is sent but does not work (unknown, revoked, malformed, a runner's, a mistyped
 * scheme) is refused with 401 and {@code error="invalid_token"} on every API route, public ones
 * included, instead of being served as an anonymous visitor; no token at all stays anonymous.
 */
@QuarkusTest
class InvalidTokenTest {

  private static final String LABS = "/api/v1/labs";
  private static final List<String> ROUTES =
      List.of(
          LABS,
          "/api/me",
          LABS + "/nhap-mon-hoc-sau/phan-loai-diem/files",
          LABS + "/nhap-mon-hoc-sau/phan-loai-diem/submissions",
          LABS + "/nhap-mon-hoc-sau/phan-loai-diem/leaderboard");

  @Inject TestAccounts accounts;
  @Inject ApiTokenService tokens;

  private static ValidatableResponse get(String path, String authorization, String language) {
    return given()
        .header("Authorization", authorization)
        .header("Accept-Language", language)
        .redirects()
        .follow(false)
        .get(path)
        .then();
  }

  private static void refusedAsInvalid(String path, String authorization) {
    get(path, authorization, "vi")
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", containsString("error=\"invalid_token\""))
        .body("detail", containsString("Mã truy cập API không hợp lệ"));
    get(path, authorization, "en")
        .statusCode(401)
        .header("WWW-Authenticate", containsString("Bearer"))
        .body("detail", containsString("The API token is invalid"));
  }

  @Test
  void anUnknownTokenIsRefusedOnThePublicLabList() {
    refusedAsInvalid(LABS, "Bearer hsk_" + "A".repeat(43));
  }

  @Test
  void aRevokedTokenIsRefusedEverywhereOnTheApi() {
    AppUser user = accounts.create("learner");
    NewApiToken token = tokens.create(user.id, "old laptop");
    get(LABS, "Bearer " + token.token(), "en").statusCode(200);
    tokens.revoke(user.id, token.view().id());
    for (String route : ROUTES) {
      refusedAsInvalid(route, "Bearer " + token.token());
    }
  }

  @Test
  void malformedTokensAndOtherSchemesAreRefused() {
    for (String authorization :
        List.of(
            "Bearer hsk_garbage",
            "Bearer hsk_" + "x".repeat(500),
            "Bearer hs_k" + "A".repeat(43),
            "Bearer not-a-token",
            "Bearer eyJhbGciOiJSUzI1NiJ9.eyJleHAiOjF9.c2ln",
            "Bearer hsr_" + "A".repeat(43),
            "Bearer",
            "Basic dXNlcjpwYXNzd29yZA==",
            "hsk_" + "A".repeat(43))) {
      refusedAsInvalid(LABS, authorization);
    }
  }

  @Test
  void anInvalidTokenIsNotRescuedByASessionCookie() {
    String session = accounts.login(accounts.create("learner").id);
    given()
        .cookie(SessionCookie.NAME, session)
        .header("Authorization", "Bearer not-a-token")
        .get("/api/me")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", containsString("invalid_token"));
  }

  @Test
  void withoutATokenPublicRoutesStayOpenAndPrivateOnesSayLogIn() {
    given().get(LABS).then().statusCode(200);
    given()
        .get("/api/me")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", org.hamcrest.Matchers.nullValue());
    AppUser user = accounts.create("learner");
    given()
        .header("Authorization", "Bearer " + tokens.create(user.id, "ok").token())
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("id", equalTo(user.id.intValue()));
    given().cookie(SessionCookie.NAME, accounts.login(user.id)).get(LABS).then().statusCode(200);
  }

  @Test
  void theRunnerApiStillRefusesBadRunnerTokens() {
    for (String authorization :
        List.of("Bearer hsr_" + "A".repeat(43), "Bearer hsk_" + "A".repeat(43), "Bearer x")) {
      given()
          .header("Authorization", authorization)
          .contentType(ContentType.JSON)
          .body("{}")
          .post("/api/runner/v1/claim")
          .then()
          .statusCode(401);
    }
  }
}
