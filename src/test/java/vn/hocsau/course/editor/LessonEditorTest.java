package vn.hocsau.course.editor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.course.CourseFolder;
import vn.hocsau.course.LessonVersionRepository;
import vn.hocsau.course.SampleCourses;
import vn.hocsau.course.importer.CourseImporter;
import vn.hocsau.course.importer.ImportReport;
import vn.hocsau.support.Csrf;
import vn.hocsau.support.TestAccounts;

/**
 * The lesson editor: saving makes a new version learners see, the importer's rules refuse bad
 * edits, export and re-import of an edit is a no-op, and a later file import wins over site edits.
 */
@QuarkusTest
class LessonEditorTest {

  private static final String EDIT = "/instructor/courses/soan-bai/lessons/bai/edit";

  @Inject SampleCourses samples;
  @Inject CourseImporter importer;
  @Inject TestAccounts accounts;
  @Inject LessonVersionRepository versions;

  @TempDir Path dir;
  private Long instructor;

  @BeforeEach
  void setUp() {
    CourseFolder.write(dir, "soan-bai", null, false);
    importer.importFolder(dir);
    instructor = accounts.create("instructor").id;
  }

  @Test
  void savingMakesANewVersionThatLearnersSeeAndKeepsTheOldOne(@TempDir Path out)
      throws IOException {
    long before = samples.versionCount("soan-bai", "bai");
    as().get(EDIT)
        .then()
        .statusCode(200)
        .body(containsString("Nội dung bài."))
        .body(not(containsString("id=\"unexported-edits\"")));

    save("Bài một (sửa)", "## Mới\n\nNội dung **đã sửa**.", "4")
        .then()
        .statusCode(303)
        .header("Location", containsString(EDIT + "?saved=true"));

    assertEquals(before + 1, samples.versionCount("soan-bai", "bai"));
    assertEquals(instructor, editorOfCurrent());
    given()
        .get("/courses/soan-bai/lessons/bai")
        .then()
        .body(containsString("Bài một (sửa)"))
        .body(containsString("Nội dung <strong>đã sửa</strong>."));
    as().get(EDIT + "?saved=true")
        .then()
        .body(containsString("id=\"saved\""))
        .body(containsString("id=\"unexported-edits\""));

    // Export, then import the export: nothing changes, and the notice is gone.
    byte[] zip =
        as().get("/instructor/courses/soan-bai/export")
            .then()
            .statusCode(200)
            .extract()
            .asByteArray();
    CourseExportTest.unzip(zip, out);
    as().get(EDIT).then().body(not(containsString("id=\"unexported-edits\"")));
    ImportReport reimport = importer.importFolder(out);
    assertEquals(1, reimport.unchanged());
    assertEquals(before + 1, samples.versionCount("soan-bai", "bai"));

    // Files win: importing the original folder brings the file's text back as a new version.
    save("Bài một (lại sửa)", "Sửa lần hai.", "4").then().statusCode(303);
    ImportReport files = importer.importFolder(dir);
    assertEquals(1, files.updated());
    given().get("/courses/soan-bai/lessons/bai").then().body(containsString("Nội dung bài."));
    as().get(EDIT).then().body(not(containsString("id=\"unexported-edits\"")));
  }

  @Test
  void theImportersRulesRefuseABadEditWithFileAndLine() {
    long before = samples.versionCount("soan-bai", "bai");
    save("Bài", "Dòng một.\n\n![Hình](img/khong-co.png)", "nhiều")
        .then()
        .statusCode(200)
        .body(containsString("id=\"problems\""))
        .body(containsString("soan-bai/modules/01-mot/01-bai.vi.md:3: field &#39;minutes&#39;"))
        .body(containsString("01-bai.vi.md:7: image not found: img/khong-co.png"));
    save("", "", "3").then().statusCode(200).body(containsString("a lesson needs a text"));
    assertEquals(before, samples.versionCount("soan-bai", "bai"));
  }

  @Test
  void frontMatterCannotBeInjectedThroughTheTitleOrMinutes() {
    long before = samples.versionCount("soan-bai", "bai");
    save("x\"\nminutes: 9\nevil: 1", "Nội dung.", "5\nevil: 2").then().statusCode(200);
    assertEquals(before, samples.versionCount("soan-bai", "bai"));
    save("Tiêu đề: có \"ngoặc\" và # dấu", "Nội dung.", "5").then().statusCode(303);
    given()
        .get("/courses/soan-bai/lessons/bai")
        .then()
        .body(containsString("Tiêu đề: có &quot;ngoặc&quot; và # dấu"));
  }

  @Test
  void previewSanitizesHostileMarkdown() {
    String attack =
        "**đậm** $x^2$\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n"
            + "[bấm](javascript:alert(3))\n\n<iframe src=\"https://evil.example\"></iframe>\n\n"
            + "<a href=\"#\" onclick=\"alert(4)\">a</a> <svg onload=alert(5)></svg>";
    String html =
        Csrf.with(as())
            .formParam("markdown", attack)
            .formParam("slug", "soan-bai")
            .formParam("module", "mot")
            .post("/instructor/preview")
            .then()
            .statusCode(200)
            .header("Content-Security-Policy", containsString("default-src 'none'"))
            .extract()
            .asString();
    assertTrue(html.contains("<strong>đậm</strong>"), html);
    for (String bad :
        new String[] {
          "<script", "onerror", "javascript:", "<iframe", "onclick", "onload", "<svg"
        }) {
      assertFalse(html.toLowerCase().contains(bad), bad + " in " + html);
    }
    // Without JavaScript: the Preview button renders the same way, and the draft stays escaped.
    String page =
        Csrf.with(as())
            .formParam("action", "preview")
            .formParam("title_vi", "</textarea><script>alert(6)</script>")
            .formParam("markdown_vi", attack)
            .formParam("minutes", "3")
            .post(EDIT)
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertTrue(page.contains("<strong>đậm</strong>"));
    assertFalse(page.contains("<script>alert"), "a script got through");
    // The draft is echoed in its textarea as text (escaped), never as a tag.
    assertFalse(page.contains("<img src=x onerror"));
    assertTrue(page.contains("&lt;img src=x onerror=alert(2)&gt;"));
  }

  @Test
  void learnersAndVisitorsCannotEditOrPreview() {
    String learner = accounts.login(accounts.create("learner").id);
    given().cookie(SessionCookie.NAME, learner).get(EDIT).then().statusCode(403);
    Csrf.with(given().cookie(SessionCookie.NAME, learner))
        .formParam("markdown", "x")
        .post("/instructor/preview")
        .then()
        .statusCode(403);
    given().redirects().follow(false).get(EDIT).then().statusCode(401);
  }

  private io.restassured.response.Response save(String title, String markdown, String minutes) {
    return Csrf.with(as())
        .redirects()
        .follow(false)
        .formParam("action", "save")
        .formParam("title_vi", title)
        .formParam("markdown_vi", markdown)
        .formParam("minutes", minutes)
        .post(EDIT);
  }

  @Transactional
  Long editorOfCurrent() {
    return versions.findById(samples.currentVersion("soan-bai", "bai")).editedBy;
  }

  private RequestSpecification as() {
    return given().redirects().follow(false).cookie(SessionCookie.NAME, accounts.login(instructor));
  }
}
