package vn.hocsau.submission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hocsau.course.SampleCourses;
import vn.hocsau.course.importer.CourseImporter;

/**
 * A lab's starter files and sample submission: offered on the lab page and served from what the
 * import stored, after the folder is gone; nothing else of the lab folder (its reference solution,
 * its yaml) can be asked for, however the name is written.
 */
@QuarkusTest
class LabDownloadTest {

  static final String LAB = "/labs/co-ban/tai-ve";
  static final String STARTER = "seed: 7\nlayers:\n  - dense: {units: 16}\n";
  static final String REFERENCE = "# the reference solution\nlayers: []\n";

  @Inject CourseImporter importer;

  @BeforeEach
  void importThenDeleteTheFolder() throws IOException {
    Path root = Files.createTempDirectory("lab-downloads");
    Path course = root.resolve("co-ban");
    copy(SampleCourses.VALID.resolve("co-ban"), course);
    Path lab = Files.createDirectories(course.resolve("labs/tai-ve"));
    Files.writeString(
        lab.resolve("lab.yaml"),
        "kind: lab\ntitle: {vi: Tải về}\ndataset: diem-3-lop\nmetric: accuracy\n"
            + "submissions: [predictions, config]\n");
    Files.writeString(lab.resolve("lab.vi.md"), "Bài có tệp khởi đầu.");
    Files.writeString(
        Files.createDirectories(lab.resolve("starter")).resolve("network.yaml"), STARTER);
    Files.writeString(lab.resolve("sample_submission.csv"), "id,prediction\n1000,0\n");
    Files.writeString(
        Files.createDirectories(lab.resolve("reference")).resolve("network.yaml"), REFERENCE);
    List<String> problems = importer.importFolder(root).problems();
    assertEquals(List.of(), problems.stream().filter(p -> p.contains("tai-ve")).toList());
    // Replicas are stateless: what the page serves must come from the database, not this folder.
    delete(root);
  }

  @Test
  void thePageOffersTheStarterFileAndTheSample() {
    given()
        .get(LAB)
        .then()
        .statusCode(200)
        .body(containsString("id=\"lab-downloads\""))
        .body(containsString("href=\"" + LAB + "/downloads/network.yaml\""))
        .body(containsString("href=\"" + LAB + "/downloads/sample_submission.csv\""))
        .body(not(containsString("downloads/reference")));
  }

  @Test
  void aDownloadIsServedAsStoredAndAlwaysAsAnAttachment() {
    byte[] body =
        given()
            .get(LAB + "/downloads/network.yaml")
            .then()
            .statusCode(200)
            .header("Content-Disposition", equalTo("attachment; filename=\"network.yaml\""))
            .header("X-Content-Type-Options", equalTo("nosniff"))
            .extract()
            .asByteArray();
    assertArrayEquals(STARTER.getBytes(StandardCharsets.UTF_8), body);
    given()
        .get(LAB + "/downloads/sample_submission.csv")
        .then()
        .statusCode(200)
        .body(equalTo("id,prediction\n1000,0\n"));
  }

  @Test
  void nothingElseOfTheLabFolderCanBeAskedFor() {
    for (String name :
        List.of(
            "lab.yaml",
            "lab.vi.md",
            "reference",
            "..%2Freference%2Fnetwork.yaml",
            "%2E%2E%2Freference%2Fnetwork.yaml",
            "..%5Creference%5Cnetwork.yaml",
            "starter%2Fnetwork.yaml",
            "network.yaml%00.csv")) {
      given()
          .urlEncodingEnabled(false)
          .get(LAB + "/downloads/" + name)
          .then()
          .statusCode(404)
          .body(not(containsString("reference solution")));
    }
    // Dot segments are resolved by the HTTP layer before routing: they leave the download route.
    for (String path :
        List.of("/downloads/../reference/network.yaml", "/downloads/..", "/downloads/.")) {
      given()
          .urlEncodingEnabled(false)
          .get(LAB + path)
          .then()
          .body(not(containsString("the reference solution")))
          .body(not(containsString("dense: {units: 16}")));
    }
    given().get("/labs/co-ban/khong-co/downloads/network.yaml").then().statusCode(404);
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
  }

  private static void delete(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(f);
      }
    }
  }
}
