package vn.hocsau.course.editor;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.course.SampleCourses;
import vn.hocsau.course.importer.CourseImporter;
import vn.hocsau.course.importer.ImportReport;
import vn.hocsau.support.TestAccounts;

/** Export writes the exact {@code courses/} format: importing an export changes nothing. */
@QuarkusTest
class CourseExportTest {

  @Inject SampleCourses samples;
  @Inject CourseImporter importer;
  @Inject TestAccounts accounts;

  @BeforeEach
  void setUp() {
    samples.importAll();
  }

  @Test
  void exportingThenReimportingTheSampleCoursesIsANoOp(@TempDir Path dir) throws IOException {
    long versions = samples.versionCount("nhap-mon-hoc-sau", "no-ron");
    long chao = samples.versionCount("co-ban", "chao");
    List<String> entries = new ArrayList<>();
    for (String slug : List.of("nhap-mon-hoc-sau", "co-ban", "nang-cao")) {
      entries.addAll(unzip(export(slug), dir));
    }
    assertTrue(entries.contains("nhap-mon-hoc-sau/course.yaml"), entries.toString());
    assertTrue(entries.contains("nhap-mon-hoc-sau/modules/01-mang-no-ron/module.yaml"));
    assertTrue(entries.contains("nhap-mon-hoc-sau/modules/01-mang-no-ron/quiz.yaml"));
    assertTrue(entries.contains("nhap-mon-hoc-sau/modules/01-mang-no-ron/01-no-ron.vi.md"));
    assertTrue(entries.contains("nhap-mon-hoc-sau/modules/01-mang-no-ron/img/no-ron.svg"));
    // A lesson written in one language only is exported in that language only.
    assertTrue(entries.contains("co-ban/modules/01-mo-dau/02-chi-viet.vi.md"));
    assertTrue(!entries.contains("co-ban/modules/01-mo-dau/02-chi-viet.en.md"));

    ImportReport again = importer.importFolder(dir);

    assertEquals(List.of(), again.problems());
    assertEquals(0, again.created());
    assertEquals(0, again.updated());
    assertEquals(3, again.unchanged());
    assertEquals(versions, samples.versionCount("nhap-mon-hoc-sau", "no-ron"));
    assertEquals(chao, samples.versionCount("co-ban", "chao"));
    // The exported lesson files are byte for byte the repository's files.
    assertEquals(
        Files.readString(
            SampleCourses.REAL.resolve("nhap-mon-hoc-sau/modules/01-mang-no-ron/01-no-ron.vi.md")),
        Files.readString(dir.resolve("nhap-mon-hoc-sau/modules/01-mang-no-ron/01-no-ron.vi.md")));
    samples.importAll();
  }

  @Test
  void aQuizExportsAsGiftThatParsesBackToTheSameQuestions() {
    String gift =
        instructor()
            .get("/instructor/courses/co-ban/modules/mo-dau/quiz.gift?lang=en")
            .then()
            .statusCode(200)
            .header(
                "Content-Disposition",
                org.hamcrest.Matchers.containsString("co-ban-mo-dau.en.gift"))
            .extract()
            .asString();
    List<vn.hocsau.quiz.Question> back =
        new vn.hocsau.quiz.gift.GiftParser(vn.hocsau.system.i18n.Language.EN).parse(gift);
    // GIFT has no ordering questions: that one is written as a comment, so it does not parse back.
    assertEquals(
        List.of("mot", "nhieu", "so", "chu"),
        back.stream().map(vn.hocsau.quiz.Question::id).toList());
    assertTrue(gift.contains("thu-tu"), gift);
    instructor().get("/instructor/courses/co-ban/modules/tiep/quiz.gift").then().statusCode(404);
  }

  @Test
  void anUnknownCourseIs404() {
    instructor().get("/instructor/courses/khong-co/export").then().statusCode(404);
  }

  private byte[] export(String slug) {
    return instructor()
        .get("/instructor/courses/" + slug + "/export")
        .then()
        .statusCode(200)
        .contentType("application/zip")
        .extract()
        .asByteArray();
  }

  private io.restassured.specification.RequestSpecification instructor() {
    return given().cookie(SessionCookie.NAME, accounts.login(accounts.create("instructor").id));
  }

  /** Unzips into {@code dir}, refusing entries that leave it; returns the entry names. */
  static List<String> unzip(byte[] zip, Path dir) throws IOException {
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        Path target = dir.resolve(e.getName()).normalize();
        assertTrue(target.startsWith(dir), e.getName());
        Files.createDirectories(target.getParent());
        Files.write(target, in.readAllBytes());
        names.add(e.getName());
      }
    }
    return names;
  }
}
