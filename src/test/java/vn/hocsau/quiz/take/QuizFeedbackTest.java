package vn.hocsau.quiz.take;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.course.CourseFolder;
import vn.hocsau.course.SampleCourses;
import vn.hocsau.course.importer.CourseImporter;
import vn.hocsau.support.Csrf;
import vn.hocsau.support.TestAccounts;

/**
 * What a quiz says back: Markdown and math in prompts and explanations (sanitised like a lesson,
 * since an explanation is untrusted text), the learner's own answer and, when allowed, the right
 * one, with numbers in the learner's language; and a finished quiz shown again as its attempt that
 * counts.
 */
@QuarkusTest
class QuizFeedbackTest {

  private static final String QUIZ = "/courses/quiz-phan-hoi/modules/mot/quiz";
  private static final String CO_BAN = "/courses/co-ban/modules/mo-dau/quiz";

  /** One attempt, answers revealed after it; a numeric and a single-choice question. */
  private static final String QUIZ_YAML =
      """
      settings:
        attempts: 1
        pass_mark: 50
        reveal_answers: true
      questions:
        - id: so
          type: numeric
          prompt:
            vi: 'Tính $\\sigma(0)$ của hàm **sigmoid**.'
            en: 'Compute $\\sigma(0)$ of the **sigmoid**.'
          answer: 0.5
          explanation:
            vi: |
              Vì $\\sigma(0) = \\frac{1}{2}$, xem *đồ thị*. [bấm](javascript:alert(2)) <img src="x" onerror="alert(3)">

              <script>alert(1)</script>
            en: |
              Because $\\sigma(0) = \\frac{1}{2}$, see the *plot*. [click](javascript:alert(2)) <img src="x" onerror="alert(3)">

              <script>alert(1)</script>
        - id: chon
          type: single
          points: 0.5
          prompt: {vi: 'Chọn $\\alpha$.', en: 'Pick $\\alpha$.'}
          options:
            - {id: a, text: 'alpha', correct: true}
            - {id: b, text: 'beta'}
          explanation: {vi: 'Dùng `alpha`.', en: 'Use `alpha`.'}
      """;

  @Inject CourseImporter importer;
  @Inject SampleCourses samples;
  @Inject TestAccounts accounts;

  private Long learner;

  @BeforeEach
  void setUp(@TempDir Path dir) throws IOException {
    samples.importAll();
    Path module = CourseFolder.write(dir, "quiz-phan-hoi", null, false).resolve("modules/01-mot");
    Files.writeString(module.resolve("quiz.yaml"), QUIZ_YAML, StandardCharsets.UTF_8);
    assertEquals(List.of(), importer.importFolder(dir).rejected());
    learner = accounts.create("learner").id;
  }

  @Test
  void promptsRenderMarkdownAndMathForKatexOutsideAutoRender() {
    Document page = Jsoup.parse(as("vi").get(QUIZ).then().statusCode(200).extract().asString());
    Element legend = page.selectFirst("fieldset.quiz-question legend");
    assertEquals("\\(\\sigma(0)\\)", legend.selectFirst("span.math").text(), legend.outerHtml());
    assertEquals("sigmoid", legend.selectFirst("strong").text());
    // Rendered math must not sit inside .math-content, where auto-render would pair its dollars.
    assertEquals(
        List.of(), page.select(".math-content span.math, .math-content strong").eachText());
  }

  @Test
  void explanationsRenderMarkdownAndMathAndLoseScriptsAndJavascriptLinks() {
    String html = submit("vi", "k1", "0,5", "a").then().statusCode(200).extract().asString();
    Element explanation = Jsoup.parse(html).selectFirst(".quiz-explanation");
    assertEquals(
        "\\(\\sigma(0) = \\frac{1}{2}\\)",
        explanation.selectFirst("span.math").text(), explanation.outerHtml());
    assertEquals("đồ thị", explanation.selectFirst("em").text());
    assertEquals("alpha", Jsoup.parse(html).select(".quiz-explanation code").text());
    assertEquals(true, explanation.text().contains("bấm"), explanation.outerHtml());
    for (String hostile : new String[] {"alert(1)", "javascript:", "onerror", "alert(3)"}) {
      assertEquals(false, html.contains(hostile), "kept " + hostile + " in " + explanation);
    }
  }

  @Test
  void feedbackSaysWhatTheLearnerAnsweredAndTheRightAnswerInVietnameseNumbers() {
    String html = submit("vi", "k1", "0.25", "b").then().statusCode(200).extract().asString();
    assertContains(html, "Bạn trả lời: <span class=\"no-math\">0,25</span>");
    assertContains(html, "Bạn trả lời: <span class=\"math-content\">beta</span>");
    assertContains(html, "Đáp án đúng: <span class=\"math-content\">0,5</span>");
    assertContains(html, "Đáp án đúng: <span class=\"math-content\">alpha</span>");
    assertContains(html, "0/0,5 điểm");
  }

  @Test
  void englishFeedbackWritesADecimalPoint() {
    String html = submit("en", "k1", "0,5", "").then().statusCode(200).extract().asString();
    assertContains(html, "Your answer: <span class=\"no-math\">0.5</span>");
    assertContains(html, "You did not answer this question.");
    assertContains(html, "0/0.5 points");
  }

  @Test
  void aFinishedQuizShowsTheAttemptThatCountsWithAnswersAndExplanations() {
    submit("vi", "k1", "0,25", "a").then().statusCode(200);
    String html = as("vi").get(QUIZ).then().statusCode(200).extract().asString();
    assertContains(html, "Đây là lần làm được tính điểm của bạn");
    assertContains(html, "Lần làm 1: ");
    assertContains(html, "Bạn trả lời: <span class=\"no-math\">0,25</span>");
    assertContains(html, "Chưa đúng");
    assertContains(html, "Đáp án đúng: <span class=\"math-content\">0,5</span>");
    assertContains(html, "xem <em>đồ thị</em>");
    assertEquals(false, html.contains("name=\"submission\""), "a form for a used-up quiz");
  }

  /** co-ban allows two attempts: a pass is shown again, and "try again" still gives a form. */
  @Test
  void aPassedQuizWithAttemptsLeftIsReviewedAndMayBeTakenAgain() {
    Csrf.with(as("vi"))
        .formParam("submission", "k1")
        .formParam("mot", "a")
        .formParam("so", "10,5")
        .post(CO_BAN)
        .then()
        .statusCode(200);
    String review = as("vi").get(CO_BAN).then().statusCode(200).extract().asString();
    assertContains(review, "Đây là lần làm được tính điểm của bạn");
    assertContains(review, "Bạn trả lời: <span class=\"no-math\">10,5</span>");
    assertEquals(false, review.contains("Đáp án đúng:"), "revealed with an attempt left");
    Matcher again = Pattern.compile("href=\"([^\"]*\\?again=true)\"").matcher(review);
    assertEquals(true, again.find(), review);
    String form = as("vi").get(again.group(1)).then().statusCode(200).extract().asString();
    assertContains(form, "name=\"submission\"");
  }

  private io.restassured.response.Response submit(String lang, String key, String so, String chon) {
    RequestSpecification post =
        Csrf.with(as(lang)).formParam("submission", key).formParam("so", so);
    if (!chon.isEmpty()) {
      post = post.formParam("chon", chon);
    }
    return post.post(QUIZ);
  }

  private RequestSpecification as(String lang) {
    return given()
        .redirects()
        .follow(false)
        .cookie("hs_lang", lang)
        .cookie(SessionCookie.NAME, accounts.login(learner));
  }

  private static void assertContains(String html, String text) {
    assertEquals(true, html.contains(text), "missing " + text + " in\n" + html);
  }
}
