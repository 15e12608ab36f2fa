package vn.hocsau.course.dashboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.course.CourseFolder;
import vn.hocsau.course.importer.CourseImporter;
import vn.hocsau.course.learn.CourseService;
import vn.hocsau.quiz.take.QuizService;
import vn.hocsau.support.Csrf;
import vn.hocsau.support.TestAccounts;
import vn.hocsau.system.i18n.Language;

/**
 * The instructor's dashboard on five learners whose first attempts are known, so the statistics can
 * be checked against values computed by hand.
 */
@QuarkusTest
class CourseDashboardTest {

  @Inject CourseImporter importer;
  @Inject TestAccounts accounts;
  @Inject QuizService quizzes;
  @Inject CourseService courses;

  @Test
  void showsEnrolmentsTheFunnelAndHandCheckedItemStatistics(@TempDir Path dir) {
    CourseFolder.write(dir, "thong-ke", null, true);
    importer.importFolder(dir);
    // First attempts (a right, b wrong) and totals: aab 2, aab 2, bba 1, bba 1, aaa 3.
    // Twice over: the same facility and r, and the 10 attempts a flag needs.
    List<String> patterns =
        List.of("aab", "aab", "bba", "bba", "aaa", "aab", "aab", "bba", "bba", "aaa");
    for (String p : patterns) {
      Long learner = accounts.create("learner").id;
      courses.enrol("thong-ke", learner);
      Csrf.with(given().cookie(SessionCookie.NAME, accounts.login(learner)))
          .redirects()
          .follow(false)
          .post("/courses/thong-ke/lessons/bai/done")
          .then()
          .statusCode(303);
      quizzes.submit("thong-ke", "mot", learner, "first", answers(p), Language.VI);
      quizzes.submit("thong-ke", "mot", learner, "second", answers("aaa"), Language.VI);
    }
    String instructor = accounts.login(accounts.create("instructor").id);

    given()
        .cookie(SessionCookie.NAME, instructor)
        .get("/instructor/courses/thong-ke")
        .then()
        .statusCode(200)
        .body(containsString("10 học viên đã ghi danh."))
        .body(matchesPattern("(?s).*<td class=\"num\">10</td></tr>\\s*</tbody>\\s*</table>.*"))
        // Funnel: all five started and finished the module, and passed the quiz (pass mark 90) at
        // their second attempt at the latest.
        .body(
            containsString(
                "<td>Một</td><td class=\"num\">10</td><td class=\"num\">10</td><td class=\"num\">10</td>"))
        .body(containsString("10 lần làm"))
        // Prompts are typeset like the quiz page's (KaTeX over .math-content).
        .body(containsString("/assets/js/math.js"))
        .body(
            matchesPattern(
                "(?s).*id=\"q-q1\">\\s*<td><code>q1</code> <span class=\"math-content\">.*"))
        // q1 and q2: facility 3/5; r = 1.6 / sqrt(1.2 * 2.8) = 0.8729.
        .body(
            matchesPattern(
                "(?s).*id=\"q-q1\">.*?<td class=\"num\">0.60</td>\\s*<td class=\"num\">0.87</td>.*"))
        .body(
            matchesPattern(
                "(?s).*id=\"q-q2\">.*?<td class=\"num\">0.60</td>\\s*<td class=\"num\">0.87</td>.*"))
        // q3, right only for the two weakest and the best: r = -0.4 / sqrt(3.36) = -0.2182.
        .body(
            matchesPattern(
                "(?s).*id=\"q-q3\">.*?<td class=\"num\">0.60</td>\\s*<td class=\"num\">-0.22</td>\\s*<td><span class=\"badge\">phân biệt kém</span>.*"));
  }

  private static Map<String, List<String>> answers(String pattern) {
    return Map.of(
        "q1", List.of(pattern.substring(0, 1)),
        "q2", List.of(pattern.substring(1, 2)),
        "q3", List.of(pattern.substring(2, 3)));
  }
}
