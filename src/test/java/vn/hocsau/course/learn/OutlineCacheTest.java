package vn.hocsau.course.learn;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hocsau.course.SampleCourses;

/**
 * Lesson and course pages come from outlines held in memory (CourseOutlines). These tests change
 * the course in the database with plain SQL, as an import on another replica would, and check that
 * the very next view shows the change: a held outline must never outlive its data.
 */
@QuarkusTest
class OutlineCacheTest {

  @Inject SampleCourses samples;
  @Inject AgroalDataSource db;

  @BeforeEach
  void importSamples() {
    samples.importAll();
  }

  /** Puts back what a test changed, for the test classes that follow: a full import again. */
  @AfterEach
  void restore() throws Exception {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute("UPDATE course SET content_hash = 'changed-by-a-test' WHERE slug = 'co-ban'");
    }
    samples.importAll();
  }

  @Test
  void aNewLessonVersionWrittenElsewhereShowsOnTheNextView() throws Exception {
    String lesson = "/courses/co-ban/lessons/chao";
    given().get(lesson).then().statusCode(200).body(containsString("Xin chào"));
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      // What an import does: a new version row, then the lesson points at it.
      s.execute(
          "WITH l AS (SELECT l.id, l.current_version_id AS v FROM lesson l JOIN course k"
              + " ON k.id = l.course_id WHERE k.slug = 'co-ban' AND l.slug = 'chao'),"
              + " n AS (INSERT INTO lesson_version (lesson_id, version, content_hash, title_vi,"
              + " title_en, markdown_vi, markdown_en, minutes, created_at)"
              + " SELECT lv.lesson_id, lv.version + 1000, md5(random()::text), 'Chào lại',"
              + " lv.title_en, '# Chào lại\n\nNội dung mới từ bản sao khác.', lv.markdown_en,"
              + " lv.minutes, now() FROM lesson_version lv JOIN l ON lv.id = l.v RETURNING id)"
              + " UPDATE lesson SET current_version_id = (SELECT id FROM n)"
              + " WHERE id = (SELECT id FROM l)");
    }
    given()
        .get(lesson)
        .then()
        .statusCode(200)
        .body(containsString("Chào lại"))
        .body(containsString("Nội dung mới từ bản sao khác."))
        .body(not(containsString("Học sâu là gì?")));
  }

  @Test
  void aModuleRenamedOrAQuizWithdrawnElsewhereShowsOnTheNextView() throws Exception {
    given()
        .get("/courses/co-ban/lessons/chi-viet")
        .then()
        .body(containsString("rel=\"next\" href=\"/courses/co-ban/modules/mo-dau/quiz\""));
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "UPDATE module_quiz SET active = FALSE WHERE module_slug = 'mo-dau' AND course_id ="
              + " (SELECT id FROM course WHERE slug = 'co-ban')");
    }
    given()
        .get("/courses/co-ban/lessons/chi-viet")
        .then()
        .body(not(containsString("/courses/co-ban/modules/mo-dau/quiz\"")));
  }

  @Test
  void everyContentTableMovesTheCoursesVersion() throws Exception {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      long before = version(s);
      s.execute("UPDATE course SET minutes = minutes WHERE slug = 'co-ban'");
      long afterCourse = version(s);
      s.execute(
          "UPDATE course_module SET title_vi = title_vi WHERE course_id ="
              + " (SELECT id FROM course WHERE slug = 'co-ban')");
      long afterModule = version(s);
      s.execute(
          "UPDATE lesson SET position = position WHERE course_id ="
              + " (SELECT id FROM course WHERE slug = 'co-ban')");
      long afterLesson = version(s);
      assertTrue(before < afterCourse, "course row");
      assertTrue(afterCourse < afterModule, "module rows");
      assertTrue(afterModule < afterLesson, "lesson rows");
    }
  }

  private static long version(Statement s) throws Exception {
    try (ResultSet r = s.executeQuery("SELECT content_version FROM course WHERE slug = 'co-ban'")) {
      r.next();
      return r.getLong(1);
    }
  }
}
