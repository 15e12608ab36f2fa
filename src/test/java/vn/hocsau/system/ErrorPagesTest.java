package vn.hocsau.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Error pages in both languages for pages, problem+json for the API, headers everywhere. */
@QuarkusTest
class ErrorPagesTest {

  @Test
  void unknownPageIsA404InTheVisitorsLanguage() {
    given()
        .header("Accept-Language", "en-GB,en;q=0.9")
        .get("/no-such-page")
        .then()
        .statusCode(404)
        .contentType(startsWith("text/html"))
        .body(containsString("Page not found"))
        .body(containsString("<html lang=\"en\">"));
    given()
        .get("/no-such-page")
        .then()
        .statusCode(404)
        .body(containsString("Không tìm thấy trang"))
        .body(containsString("<html lang=\"vi\">"));
  }

  @Test
  void languageCookieWinsOverAcceptLanguage() {
    given()
        .cookie("hs_lang", "vi")
        .header("Accept-Language", "en")
        .get("/")
        .then()
        .body(containsString("<html lang=\"vi\">"));
  }

  @Test
  void languageSwitchSetsTheCookieAndReturnsToTheSamePage() {
    given()
        .redirects()
        .follow(false)
        .get("/lang/en?next=/courses")
        .then()
        .statusCode(303)
        .header("Location", containsString("/courses"))
        .cookie("hs_lang", "en");
    given().get("/lang/fr").then().statusCode(404);
  }

  @Test
  void protectedPageAsksAnonymousVisitorsToLogIn() {
    given()
        .get("/profile")
        .then()
        .statusCode(401)
        .body(containsString("Bạn cần đăng nhập"))
        .body(containsString("/login?next=%2Fprofile"));
  }

  @Test
  void apiErrorsAreProblemDocuments() {
    given()
        .header("Accept-Language", "en")
        .get("/api/me")
        .then()
        .statusCode(401)
        .contentType(startsWith("application/problem+json"))
        .body("status", equalTo(401))
        .body("title", equalTo("Please log in"));
    given()
        .get("/api/nothing-here")
        .then()
        .statusCode(404)
        .contentType(startsWith("application/problem+json"));
  }

  @Test
  void wrongMethodIsA405Page() {
    given().delete("/").then().statusCode(405).contentType(startsWith("text/html"));
  }

  @Test
  void unexpectedErrorsShowAnIdButNoDetails() {
    given()
        .header("Accept-Language", "en")
        .get("/test-only/boom")
        .then()
        .statusCode(500)
        .body(containsString("Something went wrong"))
        .body(org.hamcrest.Matchers.matchesPattern("(?s).*\\([0-9a-f]{8}\\).*"))
        .body(org.hamcrest.Matchers.not(containsString("secret internal detail")))
        .body(org.hamcrest.Matchers.not(containsString("IllegalStateException")));
  }

  @Test
  void pagesCarrySecurityHeaders() {
    given()
        .get("/")
        .then()
        .header("Content-Security-Policy", containsString("script-src 'self'"))
        .header("X-Frame-Options", "DENY")
        .header("X-Content-Type-Options", "nosniff");
    given()
        .get("/no-such-page")
        .then()
        .header("Content-Security-Policy", containsString("frame-ancestors 'none'"));
  }
}
