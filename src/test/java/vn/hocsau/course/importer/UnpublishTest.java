package vn.hocsau.course.importer;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.course.CourseFolder;
import vn.hocsau.course.SampleCourses;
import vn.hocsau.course.progress.ProgressService;
import vn.hocsau.support.Csrf;
import vn.hocsau.support.TestAccounts;

/**
 * A course whose folder is deleted is unpublished at the next import; its learners keep history.
 */
@QuarkusTest
class UnpublishTest {

  @Inject CourseImporter importer;
  @Inject SampleCourses samples;
  @Inject TestAccounts accounts;
  @Inject ProgressService progress;

  @Test
  void aDeletedFolderUnpublishesItsCourseAndBringingItBackRepublishes(@TempDir Path dir) {
    samples.importAll();
    CourseFolder.write(dir, "o-lai", null, false);
    Path gone = CourseFolder.write(dir, "bi-xoa", null, false);
    importer.importFolder(dir);
    Long learner = accounts.create("learner").id;
    Csrf.with(as(learner)).post("/courses/bi-xoa/lessons/bai/done").then().statusCode(303);
    Long courseId = samples.courseId("bi-xoa");
    Long lessonId = samples.lessonId("bi-xoa", "bai");

    CourseFolder.delete(gone);
    ImportReport report = importer.importFolder(dir);

    assertEquals(List.of("bi-xoa"), report.unpublished());
    given().get("/courses/bi-xoa").then().statusCode(404);
    given().get("/courses?q=bi-xoa").then().body(not(containsString("/courses/bi-xoa")));
    given().get("/courses/o-lai").then().statusCode(200);
    // Other folders' courses are not touched by this folder's import.
    given().get("/courses/co-ban").then().statusCode(200);
    assertEquals(1, progress.history(learner, courseId).size());
    assertEquals(
        List.of(lessonId),
        List.copyOf(
            progress.stateOf(java.util.Optional.of(learner), courseId, List.of(lessonId)).done()));

    CourseFolder.write(dir, "bi-xoa", null, false);
    ImportReport back = importer.importFolder(dir);
    assertEquals(1, back.updated());
    assertEquals(List.of(), back.unpublished());
    as(learner)
        .get("/courses/bi-xoa")
        .then()
        .statusCode(200)
        .body(containsString("Hoàn thành 100%"));
  }

  @Test
  void aFolderWithoutAnyCourseUnpublishesNothing(@TempDir Path dir) {
    CourseFolder.write(dir, "giu-lai", null, false);
    importer.importFolder(dir);
    CourseFolder.delete(dir.resolve("giu-lai"));
    assertTrue(importer.importFolder(dir).unpublished().isEmpty());
    given().get("/courses/giu-lai").then().statusCode(200);
  }

  private RequestSpecification as(Long learner) {
    return given().redirects().follow(false).cookie(SessionCookie.NAME, accounts.login(learner));
  }
}
