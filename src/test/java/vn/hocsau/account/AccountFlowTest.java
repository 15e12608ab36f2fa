package vn.hocsau.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hocsau.support.Csrf;
import vn.hocsau.support.TestAccounts;

/** Sign-up, login, logout and profile, end to end over HTTP against real PostgreSQL. */
@QuarkusTest
class AccountFlowTest {

  @Inject TestAccounts accounts;

  static String uniqueEmail() {
    return "lan-" + UUID.randomUUID() + "@example.vn";
  }

  static Response signUp(String name, String email, String password) {
    return Csrf.with(given().redirects().follow(false))
        .formParam("displayName", name)
        .formParam("email", email)
        .formParam("password", password)
        .post("/signup");
  }

  static Response logIn(String email, String password) {
    return Csrf.with(given().redirects().follow(false))
        .formParam("email", email)
        .formParam("password", password)
        .post("/login");
  }

  @Test
  void signUpCreatesALearnerAndLogsIn() {
    String email = uniqueEmail();
    Response response = signUp("Trần Văn Lan", email, "mật-khẩu-rất-dài");
    response.then().statusCode(303).header("Location", containsString("/"));
    String session = response.getCookie(SessionCookie.NAME);
    assertNotNull(session);
    String setCookie = response.getHeaders().getValues("Set-Cookie").toString();
    assertTrue(setCookie.contains("HttpOnly"), setCookie);
    assertTrue(setCookie.contains("SameSite=Lax"), setCookie);

    given()
        .cookie(SessionCookie.NAME, session)
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("email", equalTo(email))
        .body("displayName", equalTo("Trần Văn Lan"))
        .body("role", equalTo("learner"))
        .body("roles", equalTo(java.util.List.of("learner")));
    AppUser stored = accounts.byEmail(email);
    assertTrue(stored.passwordHash.startsWith("$2"), "bcrypt hash expected");
    assertTrue(!stored.passwordHash.contains("mật"), "password must not be stored");
  }

  @Test
  void loginIsCaseInsensitiveOnEmailAndLogoutEndsTheSession() {
    String email = uniqueEmail();
    signUp("Lan", email, "0123456789").then().statusCode(303);

    Response login = logIn(email.toUpperCase(), "0123456789");
    login.then().statusCode(303);
    String session = login.getCookie(SessionCookie.NAME);
    given().cookie(SessionCookie.NAME, session).get("/profile").then().statusCode(200);

    Csrf.with(given().redirects().follow(false))
        .cookie(SessionCookie.NAME, session)
        .post("/logout")
        .then()
        .statusCode(303)
        .cookie(SessionCookie.NAME, "");
    // The old cookie is worthless now, even if a copy survives somewhere.
    given().cookie(SessionCookie.NAME, session).get("/profile").then().statusCode(401);
  }

  @Test
  void loginRedirectsOnlyToLocalPaths() {
    AppUser user = accounts.create("learner");
    Csrf.with(given().redirects().follow(false))
        .formParam("email", user.email)
        .formParam("password", TestAccounts.PASSWORD)
        .formParam("next", "//evil.example/steal")
        .post("/login")
        .then()
        .statusCode(303)
        .header("Location", not(containsString("evil")));
  }

  @Test
  void wrongPasswordAndUnknownEmailGetTheSameAnswer() {
    AppUser user = accounts.create("learner");
    String wrong =
        logIn(user.email, "wrong-password-1").then().statusCode(400).extract().asString();
    String unknown =
        logIn(uniqueEmail(), "wrong-password-1").then().statusCode(400).extract().asString();
    assertTrue(wrong.contains("Email hoặc mật khẩu không đúng."));
    assertEquals(errorOf(wrong), errorOf(unknown));
  }

  @Test
  void profileChangesNameAndLanguage() {
    AppUser user = accounts.create("learner");
    String session = accounts.login(user.id);
    Csrf.with(given())
        .cookie(SessionCookie.NAME, session)
        .formParam("displayName", "  Nguyễn Thị Hoa ")
        .formParam("language", "en")
        .post("/profile")
        .then()
        .statusCode(200)
        .cookie("hs_lang", "en")
        .body(containsString("Profile saved."));
    given()
        .cookie(SessionCookie.NAME, session)
        .get("/api/me")
        .then()
        .body("displayName", equalTo("Nguyễn Thị Hoa"))
        .body("language", equalTo("en"));
  }

  @Test
  void passwordChangeNeedsTheCurrentPasswordAndEndsOtherSessions() {
    AppUser user = accounts.create("learner");
    String here = accounts.login(user.id);
    String elsewhere = accounts.login(user.id);

    Csrf.with(given())
        .cookie(SessionCookie.NAME, here)
        .formParam("currentPassword", "not-my-password")
        .formParam("newPassword", "a-brand-new-secret")
        .post("/profile/password")
        .then()
        .statusCode(400)
        .body(containsString("Mật khẩu hiện tại không đúng."));

    Csrf.with(given())
        .cookie(SessionCookie.NAME, here)
        .formParam("currentPassword", TestAccounts.PASSWORD)
        .formParam("newPassword", "a-brand-new-secret")
        .post("/profile/password")
        .then()
        .statusCode(200);
    given().cookie(SessionCookie.NAME, elsewhere).get("/profile").then().statusCode(401);
    given().cookie(SessionCookie.NAME, here).get("/profile").then().statusCode(200);
    logIn(user.email, "a-brand-new-secret").then().statusCode(303);
    logIn(user.email, TestAccounts.PASSWORD).then().statusCode(400);
  }

  @Test
  void adminChangesRolesButNeverRemovesTheLastAdmin() {
    AppUser admin = accounts.create("admin");
    AppUser learner = accounts.create("learner");
    String session = accounts.login(admin.id);
    Csrf.with(given())
        .cookie(SessionCookie.NAME, session)
        .formParam("role", "instructor")
        .post("/admin/users/" + learner.id + "/role")
        .then()
        .statusCode(200);
    given()
        .cookie(SessionCookie.NAME, accounts.login(learner.id))
        .get("/api/me")
        .then()
        .body("roles", hasItems("instructor", "learner"));

    Csrf.with(given())
        .cookie(SessionCookie.NAME, session)
        .formParam("role", "superuser")
        .post("/admin/users/" + learner.id + "/role")
        .then()
        .statusCode(400)
        .body(containsString("Vai trò không hợp lệ."));
    Csrf.with(given())
        .cookie(SessionCookie.NAME, session)
        .formParam("role", "learner")
        .post("/admin/users/999999999/role")
        .then()
        .statusCode(404);
  }

  private static String errorOf(String html) {
    int start = html.indexOf("<div class=\"alert alert-error\"");
    return html.substring(start, html.indexOf("</div>", start));
  }
}
