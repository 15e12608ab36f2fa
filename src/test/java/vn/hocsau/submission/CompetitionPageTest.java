package vn.hocsau.submission;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hocsau.course.importer.CourseImporter;

/**
 * Issue 14: a competition's page shows its deadline on the lab's own clock (it printed the UTC
 * instant labelled as Asia/Ho_Chi_Minh), and its rules in words: the daily limit, the final
 * selection and when the private board is revealed. The starter course's competition closes on
 * 2027-06-30 at 23:59 in Ho Chi Minh City, which is 16:59 UTC.
 */
@QuarkusTest
class CompetitionPageTest {

  private static final String PAGE = "/labs/deep-learning-a-z/thu-thach-fashion-mnist";

  @Inject CourseImporter importer;

  @BeforeEach
  void importTheRepositoryCourses() {
    importer.importFolder(Path.of("courses"));
  }

  @Test
  void theDeadlineIsShownOnTheLabsClockWithTheRulesInWords() {
    given()
        .header("Accept-Language", "vi")
        .get(PAGE)
        .then()
        .statusCode(200)
        .body(containsString("Hạn nộp: 2027-06-30 23:59 (Asia/Ho_Chi_Minh)"))
        .body(not(containsString("16:59")))
        .body(containsString("id=\"competition-rules\""))
        .body(containsString("Mỗi ngày bạn được nộp tối đa"))
        .body(containsString("được công bố lúc 2027-07-01 09:00 (Asia/Ho_Chi_Minh)"));
    given()
        .header("Accept-Language", "en")
        .get(PAGE)
        .then()
        .body(containsString("Deadline: 2027-06-30 23:59 (Asia/Ho_Chi_Minh)"))
        .body(containsString("choose up to"));
  }

  @Test
  void aLabThatIsNoCompetitionHasNoCompetitionRules() {
    given()
        .get("/labs/deep-learning-a-z/mlp-dau-tien")
        .then()
        .statusCode(200)
        .body(not(containsString("competition-rules")));
  }
}
