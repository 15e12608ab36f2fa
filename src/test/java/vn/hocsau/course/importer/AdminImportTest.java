package vn.hocsau.course.importer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.support.Csrf;
import vn.hocsau.support.TestAccounts;

@QuarkusTest
class AdminImportTest {

  @Inject TestAccounts accounts;

  @Test
  void anAdminImportsTheCourseFolderAndSeesTheReport() throws java.io.IOException {
    String admin = accounts.login(accounts.create("admin").id);
    given()
        .cookie(SessionCookie.NAME, admin)
        .get("/admin/courses/import")
        .then()
        .statusCode(200)
        .body(containsString("name=\"_csrf\""));
    Csrf.with(given().cookie(SessionCookie.NAME, admin))
        .post("/admin/courses/import")
        .then()
        .statusCode(200)
        .body(matchesPattern("(?s).*Tạo mới \\d+, cập nhật \\d+, không đổi \\d+\\..*"));
    Csrf.with(given().cookie(SessionCookie.NAME, admin))
        .post("/admin/courses/import")
        .then()
        .body(containsString("Tạo mới 0, cập nhật 0, không đổi " + courseFolders() + "."));
  }

  /** How many course folders the repository's courses/ holds: a second import changes none. */
  private static long courseFolders() throws java.io.IOException {
    try (var folders = java.nio.file.Files.list(java.nio.file.Path.of("courses"))) {
      return folders.filter(java.nio.file.Files::isDirectory).count();
    }
  }

  @Test
  void withoutCsrfTheImportIsRefused() {
    String admin = accounts.login(accounts.create("admin").id);
    given()
        .cookie(SessionCookie.NAME, admin)
        .contentType("application/x-www-form-urlencoded")
        .post("/admin/courses/import")
        .then()
        .statusCode(403);
  }
}
