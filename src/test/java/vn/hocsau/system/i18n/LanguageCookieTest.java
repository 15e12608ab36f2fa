package vn.hocsau.system.i18n;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/**
 * The language cookie decides the language of every text on a page, not only {@code <html lang>},
 * even when the browser's Accept-Language asks for the other language.
 */
@QuarkusTest
class LanguageCookieTest {

  @Test
  void englishCookieBeatsVietnameseBrowser() {
    given()
        .cookie(LanguageFilter.COOKIE, "en")
        .header("Accept-Language", "vi-VN,vi")
        .when()
        .get("/login")
        .then()
        .statusCode(200)
        .body(
            allOf(
                containsString("<html lang=\"en\">"),
                containsString(">Courses</a>"),
                not(containsString("Khoá học"))));
  }

  @Test
  void vietnameseCookieBeatsEnglishBrowser() {
    given()
        .cookie(LanguageFilter.COOKIE, "vi")
        .header("Accept-Language", "en-US,en")
        .when()
        .get("/")
        .then()
        .statusCode(200)
        .body(
            allOf(
                containsString("<html lang=\"vi\">"),
                containsString(">Khoá học</a>"),
                not(containsString(">Courses</a>"))));
  }
}
