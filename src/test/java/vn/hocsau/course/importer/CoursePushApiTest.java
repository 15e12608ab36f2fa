package vn.hocsau.course.importer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import vn.hocsau.account.apitoken.ApiTokenService;
import vn.hocsau.course.CourseInstructors;
import vn.hocsau.course.CourseRepository;
import vn.hocsau.support.TestAccounts;

/**
 * {@code hocsau course push} on the server: a dry run changes nothing and says what would change,
 * the import happens only when asked and the files are clean, learners' history is promised and
 * kept, and hostile archives and callers are refused with a problem type.
 */
@QuarkusTest
class CoursePushApiTest {

  private static final Path FIXTURE = Path.of("src/test/resources/courses-fixtures/valid/co-ban");

  @Inject TestAccounts accounts;
  @Inject ApiTokenService tokens;
  @Inject CourseRepository courses;
  @Inject CourseInstructors instructors;

  private final String slug = "day-len-" + UUID.randomUUID().toString().substring(0, 8);

  @Test
  void aDryRunChangesNothingThenTheImportHappensAndIsIdempotent() throws IOException {
    String instructor = token("instructor");
    Map<String, byte[]> files = course();
    push(instructor, files, true)
        .statusCode(200)
        .body("status", equalTo("new"))
        .body("applied", equalTo(false))
        .body("lessons.added", hasItem("chao"))
        .body("quizzes.added", hasItem("mo-dau"))
        .body("history.kept", equalTo(true));
    assertTrue(courses.findBySlug(slug).isEmpty(), "a dry run wrote the course");

    push(instructor, files, false).statusCode(200).body("applied", equalTo(true));
    assertTrue(courses.findBySlug(slug).isPresent());
    push(instructor, files, true).statusCode(200).body("status", equalTo("unchanged"));

    files.put(slug + "/modules/01-mo-dau/01-chao.vi.md", lesson("Chào lại", "Nội dung mới."));
    files.remove(slug + "/modules/01-mo-dau/02-chi-viet.vi.md");
    push(instructor, files, true)
        .statusCode(200)
        .body("status", equalTo("changed"))
        .body("lessons.changed", equalTo(java.util.List.of("chao")))
        .body("lessons.removed", equalTo(java.util.List.of("chi-viet")))
        .body("history.note", containsString("giữ nguyên"));
  }

  @Test
  void filesWithAnErrorAreNeverImportedEvenWhenAsked() throws IOException {
    Map<String, byte[]> files = course();
    files.put(
        slug + "/course.yaml",
        new String(files.get(slug + "/course.yaml"), StandardCharsets.UTF_8)
            .replace("level: beginner", "level: expert")
            .getBytes(StandardCharsets.UTF_8));
    push(token("instructor"), files, false)
        .statusCode(200)
        .body("status", equalTo("invalid"))
        .body("applied", equalTo(false))
        .body("problems[0]", containsString(slug + "/course.yaml:"))
        .body("problems[0]", containsString("expert"));
    assertTrue(courses.findBySlug(slug).isEmpty());
  }

  @Test
  void onlyItsInstructorsPushAnExistingCourseAndLearnersPushNothing() throws IOException {
    String owner = token("instructor");
    push(owner, course(), false).statusCode(200).body("applied", equalTo(true));
    push(token("instructor"), course(), true)
        .statusCode(403)
        .body("type", equalTo("urn:hocsau:course:push-not-instructor"));
    push(token("learner"), course(), true).statusCode(403);
    push(token("admin"), course(), true).statusCode(200);
  }

  @Test
  void hostileArchivesAreRefusedBeforeAnythingIsRead() throws IOException {
    String instructor = token("instructor");
    Map<String, byte[]> slip = course();
    slip.put("../../outside.txt", "x".getBytes(StandardCharsets.UTF_8));
    push(instructor, slip, true)
        .statusCode(400)
        .body("type", equalTo("urn:hocsau:course:push-unsafe-name"))
        .body("detail", containsString("../../outside.txt"));
    bearer(instructor)
        .contentType("application/zip")
        .body("this is not a zip".getBytes(StandardCharsets.UTF_8))
        .post(path(true))
        .then()
        .statusCode(400)
        .body("type", equalTo("urn:hocsau:course:push-not-a-zip"));
    push(instructor, Map.of("notes/readme.md", "x".getBytes(StandardCharsets.UTF_8)), true)
        .statusCode(422)
        .body("type", equalTo("urn:hocsau:course:push-no-course"));
    given()
        .header("Authorization", "Bearer hsk_not_a_token")
        .contentType("application/zip")
        .body(zip(course()))
        .post(path(true))
        .then()
        .statusCode(401);
  }

  @Test
  void aZipBombStopsAtTheCapWhateverTheArchiveClaims() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      out.putNextEntry(new ZipEntry("c/course.yaml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 8; i++) {
        out.write(zeros);
      }
      out.closeEntry();
    }
    Path target = Files.createTempDirectory("bomb");
    var refused =
        org.junit.jupiter.api.Assertions.assertThrows(
            CourseArchive.RefusedException.class,
            () -> CourseArchive.unpack(bytes.toByteArray(), target, 4L << 20));
    assertEquals(CourseArchive.Refusal.TOO_LARGE, refused.refusal);
    try (Stream<Path> left = Files.walk(target)) {
      long written = left.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
      assertTrue(written <= 4L << 20, "wrote " + written);
    }
    assertFalse(CourseArchive.safe("a/../../b"));
    assertFalse(CourseArchive.safe("/etc/passwd"));
    assertFalse(CourseArchive.safe("c:\\evil"));
    assertFalse(CourseArchive.safe("a/b\u0000c"));
    assertTrue(CourseArchive.safe("co-ban/modules/01-mo-dau/01-chao.vi.md"));
  }

  private ValidatableResponse push(String token, Map<String, byte[]> files, boolean dryRun)
      throws IOException {
    return bearer(token).contentType("application/zip").body(zip(files)).post(path(dryRun)).then();
  }

  private String path(boolean dryRun) {
    return "/api/v1/courses/" + slug + "/import?dryRun=" + dryRun;
  }

  private RequestSpecification bearer(String token) {
    return given().header("Authorization", "Bearer " + token).header("Accept-Language", "vi");
  }

  private String token(String role) {
    return tokens.create(accounts.create(role).id, "push test").token();
  }

  /** The fixture course as zip entries under a folder named after this test's slug. */
  private Map<String, byte[]> course() throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try (Stream<Path> paths = Files.walk(FIXTURE)) {
      for (Path p : paths.filter(Files::isRegularFile).sorted().toList()) {
        byte[] bytes = Files.readAllBytes(p);
        String name = FIXTURE.relativize(p).toString().replace('\\', '/');
        if (name.equals("course.yaml")) {
          bytes =
              new String(bytes, StandardCharsets.UTF_8)
                  .replace("slug: co-ban", "slug: " + slug)
                  .getBytes(StandardCharsets.UTF_8);
        }
        files.put(slug + "/" + name, bytes);
      }
    }
    return files;
  }

  private static byte[] lesson(String title, String body) {
    return ("---\ntitle: " + title + "\nminutes: 5\n---\n\n" + body + "\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] zip(Map<String, byte[]> files) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (var e : files.entrySet()) {
        out.putNextEntry(new ZipEntry(e.getKey()));
        out.write(e.getValue());
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
