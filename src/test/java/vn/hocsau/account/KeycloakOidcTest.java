package vn.hocsau.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.hocsau.job.runner.RunnerTokenService;
import vn.hocsau.support.KeycloakRealm;
import vn.hocsau.support.KeycloakResource;
import vn.hocsau.system.i18n.Language;

/**
 * The platform against a real Keycloak with the dev/test realm: bearer tokens for {@code /api}, the
 * code flow for pages, local accounts created and linked on first login, and the tokens that must
 * be refused.
 */
@QuarkusTest
@TestProfile(KeycloakOidcTest.WithKeycloak.class)
class KeycloakOidcTest {

  /** OIDC switched on, against the Keycloak that {@link KeycloakResource} starts. */
  public static class WithKeycloak implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("quarkus.oidc.tenant-enabled", "true");
    }

    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(KeycloakResource.class));
    }
  }

  private static final String PASSWORD = "test-password-1";

  @ConfigProperty(name = "quarkus.oidc.auth-server-url")
  String realmUrl;

  @ConfigProperty(name = KeycloakResource.ADMIN_PASSWORD_KEY)
  String adminPassword;

  @Inject UserRepository users;
  @Inject AccountService accounts;
  @Inject RunnerTokenService runnerTokens;

  @ParameterizedTest
  @CsvSource({
    "learner,    learner-dev-only,    learner,    Lan Học viên,    learner",
    "instructor, instructor-dev-only, instructor, Minh Giảng viên, instructor learner",
    "admin,      admin-dev-only,      admin,      An Quản trị,     admin instructor learner"
  })
  void realmUserGetsOneLocalAccountWithTheImpliedRoles(
      String username, String password, String role, String name, String roles) {
    String token = keycloak().webToken(username, password);
    long id =
        me(token)
            .statusCode(200)
            .body("email", is(username + "@hocsau.test"))
            .body("displayName", is(name))
            .body("role", is(role))
            .body("roles", contains(roles.split(" ")))
            .extract()
            .jsonPath()
            .getLong("id");

    long again = me(keycloak().webToken(username, password)).extract().jsonPath().getLong("id");

    assertEquals(id, again);
    assertEquals(1, localRowsFor(KeycloakRealm.claims(token).getString("sub")));
    given()
        .auth()
        .oauth2(token)
        .get("/admin/users")
        .then()
        .statusCode(role.equals("admin") ? 200 : 403);
  }

  @Test
  void roleChangedAtTheProviderIsCopiedOnTheNextLogin() {
    String keycloakId = keycloak().createUser("promoted", "promoted@hocsau.test", true, PASSWORD);
    long id =
        me(keycloak().webToken("promoted", PASSWORD))
            .statusCode(200)
            .body("role", is("learner"))
            .extract()
            .jsonPath()
            .getLong("id");

    keycloak().grantRealmRole(keycloakId, "admin");

    JsonPath me =
        me(keycloak().webToken("promoted", PASSWORD)).statusCode(200).extract().jsonPath();
    assertEquals(id, me.getLong("id"));
    assertEquals("admin", me.getString("role"));
  }

  @Test
  void verifiedEmailLinksTheExistingLocalAccount() {
    UserView local = signUp("Linh Cục bộ", "linh@hocsau.test", "local-password-1");
    keycloak().createUser("linh", "LINH@hocsau.test", true, PASSWORD, "instructor");

    JsonPath me = me(keycloak().webToken("linh", PASSWORD)).statusCode(200).extract().jsonPath();

    assertEquals(local.id(), me.getLong("id"));
    assertEquals("Linh Cục bộ", me.getString("displayName"));
    assertEquals("instructor", me.getString("role"));
  }

  @Test
  void unverifiedEmailOfALocalAccountIsRefusedWithAReason() {
    UserView local = signUp("Quang Cục bộ", "quang@hocsau.test", "local-password-2");
    keycloak().createUser("quang", "quang@hocsau.test", false, PASSWORD, "admin");
    String token = keycloak().webToken("quang", PASSWORD);

    given()
        .auth()
        .oauth2(token)
        .header("Accept-Language", "en")
        .get("/api/me")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("detail", containsString("already exists"));
    given().auth().oauth2(token).get("/admin/users").then().statusCode(403);
    assertNull(
        QuarkusTransaction.requiringNew().call(() -> users.findById(local.id()).oidcSubject));
  }

  @Test
  void tokenIssuedToAnotherClientOfTheRealmIsRejected() {
    keycloak().createPublicClient("other-app", false, 0);
    String token = keycloak().publicClientToken("other-app", "learner", "learner-dev-only");
    JsonPath claims = KeycloakRealm.claims(token);
    // A genuine token of a real user with our roles; only its audience is wrong.
    assertEquals("other-app", claims.getString("azp"));
    assertThat(claims.getList("realm_access.roles"), hasItem("learner"));
    assertFalse(String.valueOf((Object) claims.get("aud")).contains("hocsau-web"));

    unauthorized(token);
  }

  @Test
  void clientWithTheAudienceIsAcceptedUntilItsTokenExpires() {
    keycloak().createPublicClient("short-lived-cli", true, 5);
    String token = keycloak().publicClientToken("short-lived-cli", "learner", "learner-dev-only");
    long expiresAt = KeycloakRealm.claims(token).getLong("exp");

    me(token).statusCode(200).body("email", is("learner@hocsau.test"));

    long deadline = (expiresAt + 30) * 1000;
    while (me(token).extract().statusCode() == 200 && System.currentTimeMillis() < deadline) {
      pause();
    }
    assertTrue(System.currentTimeMillis() / 1000 >= expiresAt, "refused before it expired");
    unauthorized(token);
  }

  @Test
  void garbageAndForeignTokensAndNoTokenAreRejected() {
    unauthorized("not-a-jwt");
    unauthorized("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4IiwiYXVkIjoiaG9jc2F1LXdlYiJ9.c2lnbmF0dXJl");
    unauthorized(keycloak().adminToken());
    // Without any credentials the API answers 401, not a redirect to the provider.
    given()
        .redirects()
        .follow(false)
        .get("/api/me")
        .then()
        .statusCode(401)
        .contentType("application/problem+json");
    given().redirects().follow(false).get("/profile").then().statusCode(401);
  }

  @Test
  void runnerTokensStillWorkWithOidcOn() {
    String runnerToken = runnerTokens.create("runner next to keycloak").token();
    String userToken = keycloak().webToken("admin", "admin-dev-only");

    claimAs(runnerToken).statusCode(200);
    claimAs(userToken).statusCode(403);
  }

  @Test
  void localLoginStillWorksAndItsSessionComesBeforeABearerToken() {
    signUp("Hà Cục bộ", "ha@hocsau.test", "local-password-3");
    Response page = given().get("/login");
    assertTrue(page.asString().contains("href=\"/auth/oidc/login\""), "no Keycloak login link");
    String session =
        given()
            .redirects()
            .follow(false)
            .cookie("hs_csrf", page.getCookie("hs_csrf"))
            .formParam("_csrf", Jsoup.parse(page.asString()).selectFirst("input[name=_csrf]").val())
            .formParam("email", "ha@hocsau.test")
            .formParam("password", "local-password-3")
            .post("/login")
            .then()
            .statusCode(303)
            .extract()
            .cookie(SessionCookie.NAME);

    given()
        .cookie(SessionCookie.NAME, session)
        .auth()
        .oauth2(keycloak().webToken("admin", "admin-dev-only"))
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("email", is("ha@hocsau.test"))
        .body("role", is("learner"));
  }

  @Test
  void codeFlowLogsIntoAPlatformSession() {
    keycloak().allowRedirect("http://localhost:" + RestAssured.port + "/*");
    Map<String, String> appCookies = new HashMap<>();
    Response start = given().redirects().follow(false).get("/auth/oidc/login");
    assertEquals(302, start.statusCode());
    String authorize = start.header("Location");
    assertThat(authorize, startsWith(realmUrl + "/protocol/openid-connect/auth"));
    appCookies.putAll(start.getCookies());

    // Locations and form actions arrive URL-encoded already: RestAssured must not encode them
    // again.
    Response form = given().urlEncodingEnabled(false).redirects().follow(false).get(authorize);
    String action = Jsoup.parse(form.asString()).selectFirst("form#kc-form-login").attr("action");
    String callback =
        given()
            .urlEncodingEnabled(false)
            .redirects()
            .follow(false)
            .cookies(form.getCookies())
            .formParam("username", "instructor")
            .formParam("password", "instructor-dev-only")
            .post(action)
            .then()
            .statusCode(302)
            .extract()
            .header("Location");
    assertThat(callback, containsString("/auth/oidc/login?"));

    // The redirect URI: Quarkus swaps the code for tokens, then drops code and state from the URL.
    Response exchanged =
        given()
            .urlEncodingEnabled(false)
            .redirects()
            .follow(false)
            .cookies(appCookies)
            .get(callback);
    assertEquals(302, exchanged.statusCode(), exchanged.asString());
    appCookies.putAll(exchanged.getCookies());

    Response done = given().redirects().follow(false).cookies(appCookies).get("/auth/oidc/login");
    assertEquals(303, done.statusCode(), done.asString());
    assertEquals("/", URI.create(done.header("Location")).getPath());
    // The OIDC session cookie is big enough to be split; every chunk of it is dropped.
    List<String> oidcCookies =
        exchanged.getCookies().keySet().stream().filter(n -> n.startsWith("q_session")).toList();
    assertFalse(oidcCookies.isEmpty(), "the code flow ended without an OIDC session");
    oidcCookies.forEach(name -> assertEquals("", done.getCookie(name), name + " is not dropped"));

    given()
        .cookie(SessionCookie.NAME, done.getCookie(SessionCookie.NAME))
        .get("/api/me")
        .then()
        .statusCode(200)
        .body("email", is("instructor@hocsau.test"))
        .body("roles", contains("instructor", "learner"));
  }

  private KeycloakRealm keycloak() {
    return new KeycloakRealm(realmUrl, adminPassword);
  }

  private static ValidatableResponse me(String token) {
    return given().auth().oauth2(token).get("/api/me").then();
  }

  private static ValidatableResponse claimAs(String token) {
    return given()
        .auth()
        .oauth2(token)
        .contentType("application/json")
        .body("{\"waitSeconds\": 0}")
        .post("/api/runner/v1/claim")
        .then();
  }

  private static void unauthorized(String token) {
    me(token)
        .statusCode(401)
        .contentType("application/problem+json")
        .body("status", is(401))
        .body("instance", is("/api/me"));
    // A public route does not serve a refused token as an anonymous visitor either.
    given()
        .auth()
        .oauth2(token)
        .get("/api/v1/labs")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", org.hamcrest.Matchers.containsString("invalid_token"));
  }

  private long localRowsFor(String subject) {
    return QuarkusTransaction.requiringNew().call(() -> users.count("oidcSubject", subject));
  }

  private UserView signUp(String name, String email, String password) {
    return accounts.signUp(
        new AccountService.SignUp(name, email, password), "127.0.0.1", Language.EN);
  }

  private static void pause() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
