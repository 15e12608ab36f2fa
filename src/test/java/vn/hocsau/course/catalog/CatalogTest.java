package vn.hocsau.course.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hocsau.course.SampleCourses;
import vn.hocsau.system.i18n.LanguageFilter;

@QuarkusTest
class CatalogTest {

  @Inject SampleCourses samples;

  @BeforeEach
  void importSamples() {
    samples.importAll();
  }

  @Test
  void listsPublishedCoursesWithLinks() {
    given()
        .get("/courses")
        .then()
        .statusCode(200)
        .body(containsString("href=\"/courses/nhap-mon-hoc-sau\""))
        .body(containsString("Nhập môn học sâu"))
        .body(containsString("href=\"/courses/co-ban\""));
  }

  @Test
  void searchWithoutAccentsFindsVietnamese() {
    given()
        .queryParam("q", "hoc sau")
        .get("/courses")
        .then()
        .statusCode(200)
        .body(containsString("Nhập môn học sâu"))
        .body(not(containsString("href=\"/courses/nang-cao\"")));
  }

  @Test
  void searchFindsLessonText() {
    given()
        .queryParam("q", "gradient")
        .get("/courses")
        .then()
        .body(containsString("href=\"/courses/nhap-mon-hoc-sau\""))
        .body(not(containsString("href=\"/courses/co-ban\"")));
  }

  @Test
  void aTypoStillFindsTheCourse() {
    given()
        .queryParam("q", "nhap mon hoc saau")
        .get("/courses")
        .then()
        .body(containsString("href=\"/courses/nhap-mon-hoc-sau\""))
        .body(not(containsString("href=\"/courses/nang-cao\"")));
  }

  @Test
  void nothingFoundSaysSo() {
    given()
        .queryParam("q", "zzqxw")
        .get("/courses")
        .then()
        .statusCode(200)
        .body(containsString("Không tìm thấy khoá học nào phù hợp."));
  }

  @Test
  void filtersByLevelTagAndLanguage() {
    given()
        .queryParam("level", "advanced")
        .get("/courses")
        .then()
        .body(containsString("href=\"/courses/nang-cao\""))
        .body(not(containsString("href=\"/courses/co-ban\"")));
    given()
        .queryParam("tag", "nho")
        .get("/courses")
        .then()
        .body(containsString("href=\"/courses/co-ban\""))
        .body(not(containsString("href=\"/courses/nhap-mon-hoc-sau\"")));
    given()
        .queryParam("lang", "en")
        .queryParam("level", "bogus")
        .get("/courses")
        .then()
        .statusCode(200)
        .body(containsString("href=\"/courses/co-ban\""));
  }

  @Test
  void englishVisitorsSeeEnglishTitles() {
    given()
        .cookie(LanguageFilter.COOKIE, "en")
        .get("/courses")
        .then()
        .body(containsString("Introduction to deep learning"))
        .body(containsString("Search courses"));
  }
}
