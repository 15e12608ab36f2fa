package vn.hocsau.course.learn;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hocsau.course.SampleCourses;
import vn.hocsau.system.i18n.LanguageFilter;

@QuarkusTest
class LessonPageTest {

  @Inject SampleCourses samples;

  @BeforeEach
  void importSamples() {
    samples.importAll();
  }

  @Test
  void rendersTheLessonInVietnameseWithMathScripts() {
    given()
        .get("/courses/co-ban/lessons/chao")
        .then()
        .statusCode(200)
        .body(containsString("<h1 class=\"page-title\">Xin chào</h1>"))
        .body(containsString("Học sâu là gì?"))
        .body(containsString("/courses/co-ban/assets/mo-dau/img/hinh.svg"))
        .body(containsString("/webjars/katex/0.16.47/dist/katex.min.css"))
        .body(containsString("<script defer src=\"/assets/js/math.js\"></script>"))
        .body(not(containsString("chưa có bản")))
        .body(containsString("rel=\"next\" href=\"/courses/co-ban/lessons/chi-viet\""));
  }

  @Test
  void rendersTheLessonInEnglish() {
    given()
        .cookie(LanguageFilter.COOKIE, "en")
        .get("/courses/co-ban/lessons/chao")
        .then()
        .body(containsString("<h1 class=\"page-title\">Hello</h1>"))
        .body(not(containsString("not yet translated")));
  }

  @Test
  void aMissingTranslationFallsBackVisibly() {
    given()
        .cookie(LanguageFilter.COOKIE, "en")
        .get("/courses/co-ban/lessons/chi-viet")
        .then()
        .statusCode(200)
        .body(containsString("This lesson is not yet translated into English"))
        .body(containsString("lang=\"vi\""))
        .body(containsString("rel=\"prev\" href=\"/courses/co-ban/lessons/chao\""))
        .body(containsString("rel=\"next\" href=\"/courses/co-ban/modules/mo-dau/quiz\""));
    given()
        .get("/courses/co-ban/lessons/tiep-theo")
        .then()
        .body(containsString("Bài này chưa có bản tiếng Việt"))
        .body(not(containsString("rel=\"next\"")));
  }

  @Test
  void realCourseLessonRendersMath() {
    given()
        .get("/courses/nhap-mon-hoc-sau/lessons/no-ron")
        .then()
        .statusCode(200)
        .body(containsString("class=\"math"));
  }

  @Test
  void unknownLessonIs404() {
    given().get("/courses/co-ban/lessons/khong-co").then().statusCode(404);
  }

  @Test
  void servesListedImagesWithSvgHardening() {
    given()
        .get("/courses/co-ban/assets/mo-dau/img/hinh.svg")
        .then()
        .statusCode(200)
        .contentType("image/svg+xml")
        .header("Content-Security-Policy", containsString("sandbox"))
        .body(containsString("<circle"));
  }

  @Test
  void refusesFilesThatAreNotListedAndTraversal() {
    given().get("/courses/co-ban/assets/mo-dau/module.yaml").then().statusCode(404);
    given().get("/courses/co-ban/assets/mo-dau/01-chao.vi.md").then().statusCode(404);
    given()
        .urlEncodingEnabled(false)
        .get("/courses/co-ban/assets/mo-dau/..%2F..%2Fcourse.yaml")
        .then()
        .statusCode(anyOf(is(400), is(404)));
    given()
        .urlEncodingEnabled(false)
        .get("/courses/co-ban/assets/mo-dau/img/%2e%2e/hinh.svg")
        .then()
        .statusCode(anyOf(is(400), is(404)));
    given().get("/courses/co-ban/assets/tiep/img/hinh.svg").then().statusCode(equalTo(404));
  }
}
