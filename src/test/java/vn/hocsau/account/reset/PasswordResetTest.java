package vn.hocsau.account.reset;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.hocsau.account.AppUser;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.account.UserRepository;
import vn.hocsau.support.Csrf;
import vn.hocsau.support.SmtpServerResource;
import vn.hocsau.support.TestAccounts;
import vn.hocsau.support.TestClock;
import vn.hocsau.system.Sha256;
import vn.hocsau.system.security.RateLimitConfig;

/**
 * "Forgot password", end to end: the form, a real SMTP delivery (GreenMail), the link, the new
 * password. Each test attacks one defence: no account enumeration, single use, expiry, binding of a
 * link to its account, tampering, rate limits, accounts without a local password, and the end of
 * other sessions.
 */
@QuarkusTest
class PasswordResetTest {

  private static final Pattern LINK =
      Pattern.compile("http://localhost:8080/password/reset\\?token=([A-Za-z0-9_-]+)");
  private static final String NEW_PASSWORD = "mật-khẩu-mới-thật-dài";

  @Inject TestAccounts accounts;
  @Inject UserRepository users;
  @Inject ResetTokenRepository links;
  @Inject TestClock clock;
  @Inject RateLimitConfig limits;

  @Test
  void theSignInPageLinksToTheForm() {
    given().get("/login").then().statusCode(200).body(containsString("href=\"/password/forgot\""));
    given().get("/password/forgot").then().statusCode(200).body(containsString("name=\"email\""));
  }

  @Test
  void anUnknownEmailGetsTheSameAnswerAndNoMail() {
    String unknown = "nobody-" + UUID.randomUUID() + "@example.vn";
    AppUser user = accounts.create("learner");
    String forUnknown = requestReset(unknown).then().statusCode(200).extract().asString();
    String forKnown = requestReset(user.email).then().statusCode(200).extract().asString();
    assertEquals(forKnown.replace(user.email, "EMAIL"), forUnknown.replace(unknown, "EMAIL"));
    SmtpServerResource.awaitMails(user.email, 1);
    assertEquals(List.of(), SmtpServerResource.mailsTo(unknown));
  }

  @Test
  void aLinkWorksOnceSignsInAndEndsOtherSessions() {
    AppUser user = accounts.create("learner");
    String phone = accounts.login(user.id);
    String laptop = accounts.login(user.id);
    String token = mailedToken(user.email);

    given()
        .get("/password/reset?token=" + token)
        .then()
        .statusCode(200)
        .header("Referrer-Policy", "no-referrer")
        .body(containsString(user.email));
    Response done = reset(token, NEW_PASSWORD);
    done.then().statusCode(303).header("Location", containsString("/password/reset/done"));
    String session = done.getCookie(SessionCookie.NAME);
    assertNotNull(session);

    given().cookie(SessionCookie.NAME, session).get("/profile").then().statusCode(200);
    given().cookie(SessionCookie.NAME, phone).get("/profile").then().statusCode(401);
    given().cookie(SessionCookie.NAME, laptop).get("/profile").then().statusCode(401);
    logIn(user.email, NEW_PASSWORD).then().statusCode(303);
    logIn(user.email, TestAccounts.PASSWORD).then().statusCode(400);

    // Used once: the same link neither opens the form nor sets a password again.
    given().get("/password/reset?token=" + token).then().statusCode(400);
    reset(token, "someone-elses-choice")
        .then()
        .statusCode(400)
        .body(containsString("reset-invalid"));
    logIn(user.email, NEW_PASSWORD).then().statusCode(303);
  }

  @Test
  void usingOneLinkEndsTheUsersOtherLinks() {
    AppUser user = accounts.create("learner");
    String first = mailedToken(user.email);
    requestReset(user.email).then().statusCode(200);
    String second = tokenIn(SmtpServerResource.awaitMails(user.email, 2).get(1));
    reset(second, NEW_PASSWORD).then().statusCode(303);
    reset(first, "an-older-link-password").then().statusCode(400);
    logIn(user.email, NEW_PASSWORD).then().statusCode(303);
  }

  @Test
  void anExpiredLinkIsRefused() {
    AppUser user = accounts.create("learner");
    String token = mailedToken(user.email);
    clock.advance(Duration.ofMinutes(31));
    given().get("/password/reset?token=" + token).then().statusCode(400);
    reset(token, NEW_PASSWORD).then().statusCode(400).body(containsString("reset-invalid"));
    logIn(user.email, TestAccounts.PASSWORD).then().statusCode(303);
  }

  @Test
  void aLinkForOneAccountCannotChangeAnother() {
    AppUser alice = accounts.create("learner");
    AppUser bob = accounts.create("learner");
    String alicesToken = mailedToken(alice.email);
    // Whatever else the form carries, the link alone says whose password changes.
    Csrf.with(given().redirects().follow(false))
        .formParam("token", alicesToken)
        .formParam("password", NEW_PASSWORD)
        .formParam("email", bob.email)
        .formParam("userId", bob.id)
        .post("/password/reset")
        .then()
        .statusCode(303);
    logIn(bob.email, TestAccounts.PASSWORD).then().statusCode(303);
    logIn(bob.email, NEW_PASSWORD).then().statusCode(400);
    logIn(alice.email, NEW_PASSWORD).then().statusCode(303);
  }

  @Test
  void aTamperedOrShortTokenIsRefusedAndDoesNotBurnTheRealOne() {
    AppUser user = accounts.create("learner");
    String token = mailedToken(user.email);
    char last = token.charAt(token.length() - 1);
    List<String> forged =
        List.of(
            token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A'),
            token.substring(0, 20),
            token + "A",
            token.replace(token.charAt(0), '%'),
            "",
            Sha256.hex(token));
    for (String bad : forged) {
      given().queryParam("token", bad).get("/password/reset").then().statusCode(400);
      reset(bad, NEW_PASSWORD).then().statusCode(400).body(containsString("reset-invalid"));
    }
    Csrf.with(given().redirects().follow(false))
        .formParam("password", NEW_PASSWORD)
        .post("/password/reset")
        .then()
        .statusCode(400);
    logIn(user.email, TestAccounts.PASSWORD).then().statusCode(303);
    reset(token, NEW_PASSWORD).then().statusCode(303);
  }

  @Test
  void aWeakPasswordIsRefusedAndTheLinkStillWorks() {
    AppUser user = accounts.create("learner");
    String token = mailedToken(user.email);
    Csrf.with(given().redirects().follow(false))
        .header("Accept-Language", "en")
        .formParam("token", token)
        .formParam("password", "short")
        .post("/password/reset")
        .then()
        .statusCode(400)
        .body(containsString("password-error"))
        .body(containsString("at least 10"));
    reset(token, NEW_PASSWORD).then().statusCode(303);
  }

  @Test
  void onlyTheTokensHashIsStored() {
    AppUser user = accounts.create("learner");
    String token = mailedToken(user.email);
    List<String> stored =
        QuarkusTransaction.requiringNew()
            .call(() -> links.list("user.id", user.id).stream().map(l -> l.tokenHash).toList());
    assertEquals(List.of(Sha256.hex(token)), stored);
    assertTrue(token.length() >= 43, "at least 256 bits of base64url");
  }

  @Test
  void theMailIsPlainTextAndHtmlInTheRequestersLanguage() throws Exception {
    AppUser user = accounts.create("learner");
    Csrf.with(given())
        .cookie("hs_lang", "en")
        .formParam("email", user.email)
        .post("/password/forgot")
        .then()
        .statusCode(200)
        .body(containsString("If an account uses"));
    MimeMessage mail = SmtpServerResource.awaitMails(user.email, 1).get(0);
    assertEquals("HọcSâu: reset your password", mail.getSubject());
    String text = SmtpServerResource.part(mail, "text/plain");
    String html = SmtpServerResource.part(mail, "text/html");
    assertTrue(text.contains("expires in 30 minutes"), text);
    assertTrue(LINK.matcher(text).find(), text);
    assertTrue(LINK.matcher(html).find(), html);
  }

  @Test
  void aChangedPasswordEndsTheLinks() {
    AppUser user = accounts.create("learner");
    String token = mailedToken(user.email);
    Csrf.with(given())
        .cookie(SessionCookie.NAME, accounts.login(user.id))
        .formParam("currentPassword", TestAccounts.PASSWORD)
        .formParam("newPassword", "changed-on-the-profile")
        .post("/profile/password")
        .then()
        .statusCode(200);
    reset(token, NEW_PASSWORD).then().statusCode(400).body(containsString("reset-invalid"));
    logIn(user.email, "changed-on-the-profile").then().statusCode(303);
  }

  @Test
  void anAccountWithoutALocalPasswordGetsNoLink() throws Exception {
    AppUser user = accounts.create("learner");
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              AppUser stored = users.findById(user.id);
              stored.passwordHash = null;
              stored.oidcSubject = "kc-" + UUID.randomUUID();
            });
    requestReset(user.email).then().statusCode(200).body(containsString("reset-sent"));
    MimeMessage mail = SmtpServerResource.awaitMails(user.email, 1).get(0);
    String text = SmtpServerResource.part(mail, "text/plain");
    assertFalse(text.contains("/password/reset"), text);
    assertTrue(text.contains("Keycloak"), text);
    assertEquals(
        0L, (long) QuarkusTransaction.requiringNew().call(() -> links.count("user.id", user.id)));
  }

  @Test
  void tooManyRequestsForOneEmailAreRefusedWithAClearMessage() {
    AppUser user = accounts.create("learner");
    for (int i = 0; i < 3; i++) {
      requestReset(user.email).then().statusCode(200);
    }
    Csrf.with(given())
        .header("Accept-Language", "en")
        .formParam("email", user.email.toUpperCase())
        .post("/password/forgot")
        .then()
        .statusCode(429)
        .body(containsString("Too many password-reset requests"))
        .body(not(containsString("reset-sent")));
    SmtpServerResource.awaitMails(user.email, 3);
    assertEquals(3, SmtpServerResource.mailsTo(user.email).size());
  }

  @Test
  void tooManyRequestsFromOneAddressAreRefused() {
    startAFreshWindow();
    try {
      for (int i = 0; i < 60; i++) {
        requestReset("nobody-" + UUID.randomUUID() + "@example.vn").then().statusCode(200);
      }
      AppUser user = accounts.create("learner");
      requestReset(user.email).then().statusCode(429).body(containsString("Có quá nhiều yêu cầu"));
      assertEquals(List.of(), SmtpServerResource.mailsTo(user.email));
    } finally {
      startAFreshWindow(); // the other tests share this address
    }
  }

  @Test
  void aMalformedEmailIsExplained() {
    requestReset("not-an-email").then().statusCode(400).body(containsString("email-error"));
  }

  @Test
  void theDevMailboxIsNotServedInTests() {
    given().get("/dev/mailbox").then().statusCode(404);
  }

  private void startAFreshWindow() {
    clock.advance(limits.window());
  }

  private static Response requestReset(String email) {
    return Csrf.with(given()).formParam("email", email).post("/password/forgot");
  }

  private static Response reset(String token, String password) {
    return Csrf.with(given().redirects().follow(false))
        .formParam("token", token)
        .formParam("password", password)
        .post("/password/reset");
  }

  private static Response logIn(String email, String password) {
    return Csrf.with(given().redirects().follow(false))
        .formParam("email", email)
        .formParam("password", password)
        .post("/login");
  }

  /** Asks for a link for {@code email} and returns the token of the mail that arrives. */
  private static String mailedToken(String email) {
    requestReset(email).then().statusCode(200);
    return tokenIn(SmtpServerResource.awaitMails(email, 1).get(0));
  }

  private static String tokenIn(MimeMessage mail) {
    Matcher link = LINK.matcher(SmtpServerResource.part(mail, "text/plain"));
    assertTrue(link.find(), "no reset link in the mail");
    return link.group(1);
  }
}
