package vn.hocsau.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.hocsau.system.web.DiskFull;

/**
 * A full disk (drill 4): the kernel's ENOSPC, here from {@code /dev/full}, reaches learners as a
 * 507 with {@code Retry-After} in their language, on pages and the API, never as a 500.
 */
@QuarkusTest
class DiskFullTest {

  @BeforeAll
  static void devFullIsThere() {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.isWritable(DiskFullResource.FULL), "needs Linux's /dev/full");
  }

  @Test
  void theKernelsNoSpaceIsADiskFullAndOtherErrorsAreNot() {
    IOException enospc =
        assertThrows(IOException.class, () -> Files.write(DiskFullResource.FULL, new byte[1]));
    assertTrue(DiskFull.causedBy(new UncheckedIOException(enospc)), enospc.toString());
    assertTrue(
        DiskFull.causedBy(
            new RuntimeException(new SQLException("could not extend file", "53100"))));
    assertFalse(DiskFull.causedBy(new IOException("Connection reset by peer")));
    assertFalse(DiskFull.causedBy(new SQLException("duplicate key", "23505")));
  }

  @Test
  void theApiAnswers507InTheCallersLanguage() {
    given()
        .header("Accept-Language", "en")
        .get("/api/test-only/disk-full")
        .then()
        .statusCode(507)
        .header("Retry-After", "60")
        .contentType(startsWith("application/problem+json"))
        .body("status", equalTo(507))
        .body("title", equalTo("Out of storage space"))
        .body("detail", containsString("run out of storage space"));
    given()
        .header("Accept-Language", "vi")
        .get("/api/test-only/disk-full")
        .then()
        .statusCode(507)
        .header("Retry-After", "60")
        .body("title", equalTo("Hết chỗ lưu trữ"))
        .body("detail", containsString("hết chỗ lưu trữ nên yêu cầu này chưa được lưu"));
  }

  @Test
  void aPageAnswers507InTheVisitorsLanguage() {
    given()
        .get("/test-only/disk-full")
        .then()
        .statusCode(507)
        .header("Retry-After", "60")
        .contentType(startsWith("text/html"))
        .body(containsString("Hết chỗ lưu trữ"))
        .body(containsString("<html lang=\"vi\">"));
    given()
        .header("Accept-Language", "en")
        .get("/test-only/disk-full")
        .then()
        .statusCode(507)
        .body(containsString("Out of storage space"));
  }
}
