package vn.hocsau.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.support.TestAccounts;

/**
 * A {@code %00} in a path or query parameter reaches our queries as U+0000, which PostgreSQL
 * refuses in text: it must name nothing (404) or be refused (400), never fail with a 500.
 */
@QuarkusTest
class NulInUrlTest {

  @Inject TestAccounts accounts;

  @Test
  void aNulInAPathNamesNothingAndInAQueryIsABadRequest() {
    String session = accounts.login(accounts.create("learner").id);
    List<String> urls =
        List.of(
            "/labs/nhap-mon-hoc-sau/a%00b",
            "/labs/a%00b/phan-loai-diem/submissions",
            "/api/v1/labs/a%00b/x/files",
            "/api/v1/labs/a%00b/x/submissions",
            "/api/v1/labs/a%00b/x/leaderboard",
            "/labs/a%00b/x/leaderboard",
            "/courses/a%00b",
            "/courses?q=a%00b",
            "/lang/en?next=/x%00");
    for (String url : urls) {
      int status =
          given()
              .urlEncodingEnabled(false)
              .cookie(SessionCookie.NAME, session)
              .redirects()
              .follow(false)
              .get(url)
              .statusCode();
      assertEquals(url.contains("?") ? 400 : 404, status, url);
    }
    given()
        .urlEncodingEnabled(false)
        .header("Accept-Language", "en")
        .get("/api/v1/labs/a%00b/x/files")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }
}
