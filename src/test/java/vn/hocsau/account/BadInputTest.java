package vn.hocsau.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.hocsau.support.Csrf;
import vn.hocsau.support.TestAccounts;

/**
 * Hostile and clumsy input to the account forms: each gets a clear message in the chosen language,
 * and nothing is half-written.
 */
@QuarkusTest
class BadInputTest {

  @Inject TestAccounts accounts;

  @TestHTTPResource("/")
  URI root;

  private RequestSpecification form(String language) {
    return Csrf.with(given().redirects().follow(false)).header("Accept-Language", language);
  }

  @Test
  void emptyFieldsAreAllReportedInVietnamese() {
    long before = accounts.count();
    form("vi")
        .formParam("displayName", "")
        .formParam("email", "")
        .formParam("password", "")
        .post("/signup")
        .then()
        .statusCode(400)
        .body(containsString("Vui lòng nhập tên hiển thị."))
        .body(containsString("Vui lòng nhập email."))
        .body(containsString("Vui lòng nhập mật khẩu."))
        .body(containsString("aria-invalid=\"true\""));
    assertEquals(before, accounts.count());
  }

  @Test
  void emptyFieldsAreReportedInEnglishWhenChosen() {
    form("en")
        .cookie("hs_lang", "en")
        .formParam("displayName", " ")
        .formParam("email", "")
        .formParam("password", "")
        .post("/signup")
        .then()
        .statusCode(400)
        .body(containsString("Please enter a display name."))
        .body(containsString("<html lang=\"en\">"));
  }

  @Test
  void tenKilobyteNameIsRefusedAndNotEchoed() {
    String email = AccountFlowTest.uniqueEmail();
    String huge = "Đ".repeat(10 * 1024);
    form("vi")
        .formParam("displayName", huge)
        .formParam("email", email)
        .formParam("password", "0123456789")
        .post("/signup")
        .then()
        .statusCode(400)
        .body(containsString("Tên hiển thị tối đa 100 ký tự."))
        .body(not(containsString(huge)));
    assertFalse(accounts.exists(email));
  }

  @Test
  void duplicateEmailIgnoringCaseIsRefused() {
    AppUser existing = accounts.create("learner");
    long before = accounts.count();
    form("en")
        .formParam("displayName", "Copycat")
        .formParam("email", existing.email.toUpperCase())
        .formParam("password", "0123456789")
        .post("/signup")
        .then()
        .statusCode(400)
        .body(containsString("This email is already used by another account."));
    assertEquals(before, accounts.count());
  }

  @Test
  void malformedEmailAndShortPasswordAreRefused() {
    long before = accounts.count();
    form("vi")
        .formParam("displayName", "Lan")
        .formParam("email", "lan@@example")
        .formParam("password", "short")
        .post("/signup")
        .then()
        .statusCode(400)
        .body(containsString("Email không hợp lệ."))
        .body(containsString("Mật khẩu phải có ít nhất 10 ký tự."));
    assertEquals(before, accounts.count());
  }

  /**
   * The login form counts attempts per email in a bounded column, and PostgreSQL refuses a NUL in
   * text: a 4 KB or NUL-holding email is a wrong login, not a 500.
   */
  @Test
  void aHugeOrNulEmailOnTheLoginFormIsAWrongLoginNotAServerError() {
    for (String email :
        new String[] {"a".repeat(4096) + "@example.org", "lan\u0000@example.org", "\u0000"}) {
      form("vi")
          .formParam("email", email)
          .formParam("password", "0123456789")
          .post("/login")
          .then()
          .statusCode(400)
          .body(containsString("Email hoặc mật khẩu không đúng."));
    }
  }

  @Test
  void anEmailWithANulIsRefusedAtSignUp() {
    String email = "lan\u0000" + AccountFlowTest.uniqueEmail();
    long before = accounts.count();
    form("en")
        .formParam("displayName", "Lan")
        .formParam("email", email)
        .formParam("password", "0123456789")
        .post("/signup")
        .then()
        .statusCode(400)
        .body(containsString("This field contains control characters"));
    assertEquals(before, accounts.count());
  }

  @Test
  void invalidUtf8IsRefusedWithAClearMessage() throws Exception {
    String email = AccountFlowTest.uniqueEmail();
    String fields =
        "_csrf=" + Csrf.TOKEN + "&email=" + email + "&password=0123456789&displayName=H";
    // Raw bytes that are not UTF-8, and the same bytes percent-encoded.
    byte[] raw =
        concat(fields.getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xC3, 0x28, -1});
    byte[] escaped = (fields + "%C3%28%FF").getBytes(StandardCharsets.US_ASCII);
    for (byte[] body : new byte[][] {raw, escaped}) {
      HttpResponse<String> response = postRaw("/signup", body);
      assertEquals(400, response.statusCode());
      assertTrue(response.body().contains("không phải UTF-8 hợp lệ"), response.body());
    }
    assertFalse(accounts.exists(email));
  }

  private HttpResponse<String> postRaw(String path, byte[] body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(root.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Cookie", "hs_csrf=" + Csrf.TOKEN)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void missingOrWrongCsrfTokenIsRefusedBeforeAnythingHappens() {
    String email = AccountFlowTest.uniqueEmail();
    given()
        .redirects()
        .follow(false)
        .header("Accept-Language", "en")
        .formParam("displayName", "Lan")
        .formParam("email", email)
        .formParam("password", "0123456789")
        .post("/signup")
        .then()
        .statusCode(403)
        .body(containsString("This form has expired or is not valid."));
    given()
        .redirects()
        .follow(false)
        .cookie("hs_csrf", Csrf.TOKEN)
        .formParam("_csrf", "u".repeat(43))
        .formParam("displayName", "Lan")
        .formParam("email", email)
        .formParam("password", "0123456789")
        .post("/signup")
        .then()
        .statusCode(403)
        .body(containsString("Biểu mẫu đã hết hạn hoặc không hợp lệ."));
    assertFalse(accounts.exists(email));

    AppUser user = accounts.create("learner");
    String session = accounts.login(user.id);
    given()
        .cookie(SessionCookie.NAME, session)
        .formParam("displayName", "Hijacked")
        .formParam("language", "en")
        .post("/profile")
        .then()
        .statusCode(403);
    assertEquals("Test learner", accounts.byEmail(user.email).displayName);
  }

  @Test
  void profileRefusesAnUnknownLanguageAndControlCharactersWithoutSaving() {
    AppUser user = accounts.create("learner");
    String session = accounts.login(user.id);
    form("en")
        .cookie("hs_lang", "en")
        .cookie(SessionCookie.NAME, session)
        .formParam("displayName", "Lan\u0007")
        .formParam("language", "fr")
        .post("/profile")
        .then()
        .statusCode(400)
        .body(containsString("This field contains control characters, which are not allowed."))
        .body(containsString("This language is not supported."));
    AppUser stored = accounts.byEmail(user.email);
    assertEquals("Test learner", stored.displayName);
    assertEquals("vi", stored.language);
  }

  @Test
  void formsCarryTheTokenAndSetTheCookie() {
    var response = given().get("/signup");
    String cookie = response.getCookie("hs_csrf");
    response.then().statusCode(200).body(containsString("name=\"_csrf\" value=\"" + cookie + "\""));
    String header = response.getHeaders().getValues("Set-Cookie").toString();
    assertFalse(!header.contains("HttpOnly") || !header.contains("SameSite=Strict"), header);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
