package vn.hocsau.quiz.take;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.course.SampleCourses;
import vn.hocsau.support.Csrf;
import vn.hocsau.support.TestAccounts;

/** The quiz page against the fixture course {@code co-ban}: 2 attempts, pass at 50%. */
@QuarkusTest
class QuizPageTest {

  private static final String QUIZ = "/courses/co-ban/modules/mo-dau/quiz";

  @Inject SampleCourses samples;
  @Inject TestAccounts accounts;
  @Inject QuizAttemptCount attempts;

  private Long learner;

  @BeforeEach
  void setUp() {
    samples.importAll();
    learner = accounts.create("learner").id;
  }

  @Test
  void theFormHoldsNoAnswers() {
    String html = as().get(QUIZ).then().statusCode(200).extract().asString();
    assertContains(html, "Một?");
    assertContains(html, "name=\"submission\"");
    for (String secret : new String[] {"correct", "tolerance", "Vì vậy.", "Mười.", "Học sâu."}) {
      assertEquals(false, html.contains(secret), "leaks " + secret);
    }
  }

  @Test
  void theRealQuizHidesRegexAcceptedAnswersAndTolerances() {
    for (String lang : new String[] {"vi", "en"}) {
      String html =
          as().cookie("hs_lang", lang)
              .get("/courses/nhap-mon-hoc-sau/modules/mang-no-ron/quiz")
              .then()
              .statusCode(200)
              .extract()
              .asString();
      assertContains(html, "ReLU");
      for (String secret : new String[] {"sigmoid|logistic", "lớp ẩn", "hidden layer", "0.01"}) {
        assertEquals(false, html.contains(secret), lang + " leaks " + secret);
      }
    }
  }

  @Test
  void gradesRecordsOnceAndRevealsAfterTheLastAttempt() {
    // All right except the multi question: 2 + 0 + 1 + 1 + 1 of 6 points.
    submit("k1", "a", "y", "10.5", "học sâu")
        .then()
        .statusCode(200)
        .body(containsString("Lần làm 1: 83%"))
        .body(containsString("Đạt"))
        .body(containsString("Vì vậy."))
        .body(not(containsString("Đáp án đúng:")));
    submit("k1", "a", "y", "10.5", "học sâu").then().body(containsString("Lần làm 1: 83%"));
    assertEquals(1, attempts.of(learner));

    submit("k2", "b", "y", "1", "x")
        .then()
        .body(containsString("Lần làm 2: 17%"))
        .body(containsString("Đáp án đúng:"))
        .body(containsString("Bạn đã dùng hết số lần làm bài này."));
    assertEquals(2, attempts.of(learner));

    submit("k3", "a", "x", "10", "học sâu")
        .then()
        .body(containsString("Bạn đã dùng hết số lần làm bài này."));
    assertEquals(2, attempts.of(learner));
    as().get(QUIZ).then().body(not(containsString("name=\"submission\"")));

    Csrf.with(as()).post("/courses/co-ban/enrol").then().statusCode(303);
    as().get("/gradebook")
        .then()
        .statusCode(200)
        .body(containsString("href=\"" + QUIZ + "\""))
        .body(containsString("83%"));
  }

  @Test
  void concurrentSubmissionsWithOneKeyRecordOneAttempt() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> posts = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        posts.add(
            pool.submit(
                () -> submit("same", "a", "x", "10", "học sâu").then().extract().statusCode()));
      }
      for (Future<Integer> post : posts) {
        assertEquals(200, post.get());
      }
    } finally {
      pool.shutdown();
    }
    assertEquals(1, attempts.of(learner));
  }

  @Test
  void unreadableNumberIsShownAgainWithoutUsingAnAttempt() {
    submit("k1", "a", "x", "abc", "học sâu")
        .then()
        .statusCode(200)
        .body(containsString("Hãy nhập một số"))
        .body(containsString("value=\"abc\""));
    assertEquals(0, attempts.of(learner));
    submitIn("en", "k1", "a", "x", "abc", "học sâu")
        .then()
        .body(containsString("Enter a number, such as 3.14."));
    assertEquals(0, attempts.of(learner));
  }

  /** A number or text field is named by its question, and points at its error when it has one. */
  @Test
  void typedAnswersAreLabelledByTheirQuestionAndTheirError() {
    String html = as().get(QUIZ).then().statusCode(200).extract().asString();
    java.util.regex.Matcher input =
        java.util.regex.Pattern.compile("<input type=\"text\"[^>]*aria-labelledby=\"([^\"]+)\"")
            .matcher(html);
    int labelled = 0;
    while (input.find()) {
      assertContains(html, "<legend id=\"" + input.group(1) + "\">");
      labelled++;
    }
    assertEquals(2, labelled, html);
    String refused = submit("k1", "a", "x", "abc", "học sâu").then().extract().asString();
    java.util.regex.Matcher described =
        java.util.regex.Pattern.compile("aria-describedby=\"([^\"]+)\" aria-invalid=\"true\"")
            .matcher(refused);
    assertEquals(true, described.find(), refused);
    assertContains(refused, "id=\"" + described.group(1) + "\">Hãy nhập một số");
  }

  @Test
  void theSyllabusLinksToTheQuiz() {
    given().get("/courses/co-ban").then().body(containsString("href=\"" + QUIZ + "\""));
  }

  @Test
  void unknownQuizIs404AndAnonymousVisitorsMustSignIn() {
    as().get("/courses/co-ban/modules/khong-co/quiz").then().statusCode(404);
    int status = given().redirects().follow(false).get(QUIZ).then().extract().statusCode();
    assertEquals(true, status == 302 || status == 303 || status == 401, "status " + status);
  }

  private io.restassured.response.Response submit(String key, String... answers) {
    return submitIn("vi", key, answers);
  }

  private io.restassured.response.Response submitIn(String lang, String key, String... a) {
    return Csrf.with(as())
        .cookie("hs_lang", lang)
        .formParam("submission", key)
        .formParam("mot", a[0])
        .formParam("nhieu", a[1])
        .formParam("so", a[2])
        .formParam("chu", a[3])
        .formParam("thu-tu", "a", "b", "c")
        .post(QUIZ);
  }

  private RequestSpecification as() {
    return given().redirects().follow(false).cookie(SessionCookie.NAME, accounts.login(learner));
  }

  private static void assertContains(String html, String text) {
    assertEquals(true, html.contains(text), "missing " + text);
  }
}
