package vn.hocsau.quiz.editor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.content.QuestionSource;
import vn.hocsau.course.CourseFolder;
import vn.hocsau.course.importer.CourseImporter;
import vn.hocsau.quiz.gift.GiftParser;
import vn.hocsau.quiz.store.ModuleQuizRepository;
import vn.hocsau.quiz.store.QuizSourceJson;
import vn.hocsau.support.Csrf;
import vn.hocsau.support.TestAccounts;
import vn.hocsau.system.i18n.Language;

/** The quiz editor: quiz.yaml checked by the importer's rules, and questions added from GIFT. */
@QuarkusTest
class QuizEditorTest {

  private static final String EDIT = "/instructor/courses/soan-quiz/modules/mot/quiz/edit";

  @Inject CourseImporter importer;
  @Inject TestAccounts accounts;
  @Inject ModuleQuizRepository quizzes;
  @Inject vn.hocsau.course.SampleCourses samples;
  @Inject QuizEditService edits;

  @TempDir Path dir;
  private Long instructor;

  @BeforeEach
  void setUp() {
    CourseFolder.write(dir, "soan-quiz", null, true);
    importer.importFolder(dir);
    instructor = accounts.create("instructor").id;
  }

  @Test
  void giftQuestionsAreAddedAndExistingIdsStay() {
    as().get(EDIT).then().statusCode(200).body(containsString("- id: q1"));
    post(
            "gift",
            null,
            "::hai-cong-hai:: 2 + 2 = ? {=4 ~5 ####Vì 2 + 2 = 4.}\n\n"
                + "::thu-do:: Thủ đô của Việt Nam? {=Hà Nội ####Hà Nội.}\n",
            "vi")
        .then()
        .statusCode(303);
    assertEquals(List.of("q1", "q2", "q3", "hai-cong-hai", "thu-do"), ids());
    // The file kept its own text and got the new questions at the end of its list.
    String yaml = as().get(EDIT).then().statusCode(200).extract().asString();
    assertEquals(true, yaml.contains("{text: Đúng, correct: true}"));
    assertEquals(true, yaml.contains("- id: thu-do"));
    // Learners get the new questions at once.
    learner()
        .get("/courses/soan-quiz/modules/mot/quiz")
        .then()
        .statusCode(200)
        .body(containsString("Thủ đô của Việt Nam?"));
    // And the GIFT export parses back to the same five questions.
    String gift =
        as().get("/instructor/courses/soan-quiz/modules/mot/quiz.gift?lang=vi").asString();
    assertEquals(5, new GiftParser(Language.VI).parse(gift).size());
  }

  @Test
  void aGiftQuestionWithoutExplanationIsRefusedByTheImportersRule() {
    post("gift", null, "::khong-giai-thich:: Một? {=1 ~2}\n", "vi")
        .then()
        .statusCode(200)
        .body(containsString("missing field &#39;explanation&#39;"));
    assertEquals(List.of("q1", "q2", "q3"), ids());
  }

  @Test
  void giftSyntaxErrorsAreShownByLineInTheUsersLanguage() {
    post("gift", null, "::ok:: Một? {=1 ~2}\n\n::hong:: Hai? {=2 ~3\n", "vi")
        .then()
        .statusCode(200)
        .body(containsString("id=\"gift-errors\""))
        .body(org.hamcrest.Matchers.matchesPattern("(?s).*<li>dòng \\d+: .*"));
    Csrf.with(as().cookie("hs_lang", "en"))
        .formParam("action", "gift")
        .formParam("gift", "::hong:: Hai? {=2 ~3\n")
        .formParam("gift_lang", "en")
        .post(EDIT)
        .then()
        .statusCode(200)
        .body(org.hamcrest.Matchers.matchesPattern("(?s).*<li>line \\d+: .*"));
    assertEquals(List.of("q1", "q2", "q3"), ids());
  }

  @Test
  void theImportersRulesApplyToGiftAndYaml() {
    post("gift", null, "::q1:: Trùng id? {=a ~b}\n", "vi")
        .then()
        .statusCode(200)
        .body(containsString("soan-quiz/modules/01-mot/quiz.yaml:"))
        .body(containsString("duplicate question id &#39;q1&#39;"));
    String broken =
        "settings:\n  pass_mark: 70\nquestions:\n  - id: x\n    type: single\n"
            + "    prompt: {vi: \"X?\"}\n    options:\n      - {text: A, correct: true}\n"
            + "      - {text: B, correct: true}\n";
    post("save", broken, null, null)
        .then()
        .statusCode(200)
        .body(containsString("id=\"problems\""))
        .body(containsString("soan-quiz/modules/01-mot/quiz.yaml:"));
    assertEquals(List.of("q1", "q2", "q3"), ids());
  }

  @Test
  void aValidYamlEditIsSaved() {
    String yaml = edits.text("soan-quiz", "mot").orElseThrow();
    post("save", yaml.replace("pass_mark: 90", "pass_mark: 50"), null, null).then().statusCode(303);
    as().get(EDIT).then().body(containsString("pass_mark: 50"));
  }

  @jakarta.transaction.Transactional
  List<String> ids() {
    return QuizSourceJson.read(
            quizzes.activeOf(samples.courseId("soan-quiz"), "mot").orElseThrow().sourceJson)
        .questions()
        .stream()
        .map(QuestionSource::id)
        .toList();
  }

  private Response post(String action, String yaml, String gift, String lang) {
    RequestSpecification r = Csrf.with(as()).formParam("action", action);
    if (yaml != null) {
      r.formParam("yaml", yaml);
    }
    if (gift != null) {
      r.formParam("gift", gift).formParam("gift_lang", lang);
    }
    return r.post(EDIT);
  }

  private RequestSpecification learner() {
    return given().cookie(SessionCookie.NAME, accounts.login(accounts.create("learner").id));
  }

  private RequestSpecification as() {
    return given().redirects().follow(false).cookie(SessionCookie.NAME, accounts.login(instructor));
  }
}
