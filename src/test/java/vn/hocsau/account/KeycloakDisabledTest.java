package vn.hocsau.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** With OIDC off (the default) the app starts, offers no Keycloak login, and the path is 404. */
@QuarkusTest
class KeycloakDisabledTest {

  @Test
  void oidcLoginPathIsNotFound() {
    given().redirects().follow(false).get("/auth/oidc/login").then().statusCode(404);
  }

  @Test
  void loginPageHasNoKeycloakLink() {
    given().get("/login").then().statusCode(200).body(not(containsString("/auth/oidc/login")));
  }
}
