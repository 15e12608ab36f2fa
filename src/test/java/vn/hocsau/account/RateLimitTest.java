package vn.hocsau.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.hocsau.support.Csrf;
import vn.hocsau.support.TestAccounts;

/**
 * Guessing passwords for one account is cut off after the per-account limit (8 per window in the
 * test profile), even when the right password comes next.
 */
@QuarkusTest
class RateLimitTest {

  @Inject TestAccounts accounts;

  @Test
  void tooManyLoginAttemptsForOneAccountAreRefused() {
    AppUser user = accounts.create("learner");
    for (int i = 0; i < 8; i++) {
      AccountFlowTest.logIn(user.email, "guess-number-" + i).then().statusCode(400);
    }
    Csrf.with(given())
        .header("Accept-Language", "en")
        .formParam("email", user.email)
        .formParam("password", TestAccounts.PASSWORD)
        .post("/login")
        .then()
        .statusCode(429)
        .body(containsString("Too many attempts"));
    // Another account from the same address is not affected.
    AppUser other = accounts.create("learner");
    AccountFlowTest.logIn(other.email, TestAccounts.PASSWORD).then().statusCode(303);
  }
}
