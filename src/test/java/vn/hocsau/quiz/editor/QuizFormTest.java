package vn.hocsau.quiz.editor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hocsau.account.SessionCookie;
import vn.hocsau.content.AnswerSource;
import vn.hocsau.content.QuestionSource;
import vn.hocsau.course.CourseFolder;
import vn.hocsau.course.importer.CourseImporter;
import vn.hocsau.quiz.store.ModuleQuizRepository;
import vn.hocsau.quiz.store.QuizSourceJson;
import vn.hocsau.support.Csrf;
import vn.hocsau.support.TestAccounts;
import vn.hocsau.system.i18n.Language;

/** The quiz editor's per-question forms and GIFT file upload, against the running app. */
@QuarkusTest
class QuizFormTest {

  private static final String QUIZ = "/instructor/courses/soan-form/modules/mot/quiz";
  private static final String EDIT = QUIZ + "/edit";

  @Inject CourseImporter importer;
  @Inject TestAccounts accounts;
  @Inject ModuleQuizRepository quizzes;
  @Inject vn.hocsau.course.SampleCourses samples;
  @Inject QuizEditService edits;

  @TempDir Path dir;
  private Long instructor;

  @BeforeEach
  void setUp() {
    CourseFolder.write(dir, "soan-form", null, true);
    importer.importFolder(dir);
    instructor = accounts.create("instructor").id;
  }

  @Test
  void theQuizPageListsQuestionsWithTheirForms() {
    as().get(EDIT)
        .then()
        .statusCode(200)
        .body(containsString("id=\"questions\""))
        .body(containsString("href=\"" + QUIZ + "/questions/q2\""))
        .body(containsString("Câu 2?"))
        .body(containsString("value=\"ordering\""))
        .body(containsString("enctype=\"multipart/form-data\""));
    as().get(QUIZ + "/questions/q1")
        .then()
        .statusCode(200)
        .body(containsString("name=\"choice_vi\" value=\"Đúng\""))
        .body(containsString("type=\"radio\" name=\"correct\" value=\"0\""));
  }

  @Test
  void aSingleChoiceQuestionIsEditedInPlaceAndKeepsItsId() {
    form(QUIZ + "/questions/q1", "single", "Câu một, sửa?", "Question one, edited?")
        .formParam("choice_id", "a", "b", "", "")
        .formParam("choice_vi", "Đúng", "Sai", "Có lẽ", "")
        .formParam("choice_en", "", "", "Maybe", "")
        .formParam("correct", "1")
        .post(QUIZ + "/questions/q1")
        .then()
        .statusCode(303);
    assertEquals(List.of("q1", "q2", "q3"), ids());
    QuestionSource q1 = question("q1");
    assertEquals("Câu một, sửa?", q1.prompt().written(Language.VI).orElseThrow());
    assertEquals("Question one, edited?", q1.prompt().written(Language.EN).orElseThrow());
    List<AnswerSource.Option> options = ((AnswerSource.Choices) q1.answer()).options();
    assertEquals(List.of("a", "b", "c"), options.stream().map(AnswerSource.Option::id).toList());
    assertEquals(List.of(false, true, false), options.stream().map(o -> o.correct()).toList());
    // The other questions are untouched.
    assertEquals("Câu 2?", question("q2").prompt().written(Language.VI).orElseThrow());
  }

  @Test
  void questionsOfEveryOtherTypeAreAddedThenEditedWithStableIds() {
    String multi =
        add(
            form(QUIZ + "/new-question", "multi", "Số nào chẵn?", "")
                .formParam("choice_id", "", "", "")
                .formParam("choice_vi", "2", "3", "4")
                .formParam("correct", "0", "2"));
    String numeric =
        add(
            form(QUIZ + "/new-question", "numeric", "Số pi?", "Pi?")
                .formParam("mode", "absolute")
                .formParam("answer", "3,14")
                .formParam("tolerance", "0.01"));
    String text =
        add(
            form(QUIZ + "/new-question", "text", "Thủ đô?", "")
                .formParam("accept", "Hà Nội\nHN\n")
                .formParam("regex", ""));
    String ordering =
        add(
            form(QUIZ + "/new-question", "ordering", "Xếp theo thứ tự tăng dần", "")
                .formParam("choice_id", "", "", "")
                .formParam("choice_vi", "một", "hai", "ba")
                .formParam("choice_pos", "1", "2", "3"));
    List<String> added = List.of(multi, numeric, text, ordering);
    assertEquals(4, added.stream().distinct().count());
    added.forEach(id -> assertTrue(id.matches("q-[0-9a-f]{8}"), id));

    // The Vietnamese decimal comma was read as 3.14.
    assertEquals(3.14, ((AnswerSource.Numeric) question(numeric).answer()).answer());
    form(QUIZ + "/questions/" + multi, "ignored", "Số nào lẻ?", "Which are odd?")
        .formParam("choice_id", "a", "b", "c")
        .formParam("choice_vi", "2", "3", "5")
        .formParam("correct", "1", "2")
        .post(QUIZ + "/questions/" + multi)
        .then()
        .statusCode(303);
    form(QUIZ + "/questions/" + numeric, "numeric", "Số pi?", "Pi?")
        .formParam("mode", "range")
        .formParam("min", "3.1")
        .formParam("max", "3.2")
        .post(QUIZ + "/questions/" + numeric)
        .then()
        .statusCode(303);
    form(QUIZ + "/questions/" + text, "text", "Thủ đô?", "")
        .formParam("accept", "")
        .formParam("regex", "H(à|a) ?N(ộ|o)i")
        .formParam("exact", "true")
        .post(QUIZ + "/questions/" + text)
        .then()
        .statusCode(303);
    // Reordered by position: "ba" first.
    form(QUIZ + "/questions/" + ordering, "ordering", "Xếp theo thứ tự giảm dần", "")
        .formParam("choice_id", "a", "b", "c")
        .formParam("choice_vi", "một", "hai", "ba")
        .formParam("choice_pos", "3", "2", "1")
        .post(QUIZ + "/questions/" + ordering)
        .then()
        .statusCode(303);

    assertEquals(List.of("q1", "q2", "q3", multi, numeric, text, ordering), ids());
    QuestionSource m = question(multi);
    assertEquals("multi", m.type().code());
    assertEquals(
        List.of(false, true, true),
        ((AnswerSource.Choices) m.answer()).options().stream().map(o -> o.correct()).toList());
    AnswerSource.Numeric n = (AnswerSource.Numeric) question(numeric).answer();
    assertEquals(AnswerSource.Numeric.Mode.RANGE, n.mode());
    assertEquals(3.1, n.min());
    assertEquals(3.2, n.max());
    AnswerSource.Text t = (AnswerSource.Text) question(text).answer();
    assertEquals(List.of(), t.accepted());
    assertEquals("H(à|a) ?N(ộ|o)i", t.regex().orElseThrow());
    assertTrue(t.exact());
    AnswerSource.Ordering o = (AnswerSource.Ordering) question(ordering).answer();
    assertEquals(List.of("c", "b", "a"), o.items().stream().map(AnswerSource.Item::id).toList());
    // Each form shows its question's current answer.
    as().get(QUIZ + "/questions/" + numeric)
        .then()
        .statusCode(200)
        .body(containsString("value=\"range\" checked"))
        .body(containsString("name=\"min\" inputmode=\"decimal\" value=\"3.1\""));
  }

  @Test
  void anInvalidFormIsRefusedInTheUsersLanguageAndNothingIsSaved() {
    String before = edits.text("soan-form", "mot").orElseThrow();
    form(QUIZ + "/questions/q1", "single", "Câu 1?", "")
        .formParam("choice_id", "a", "b")
        .formParam("choice_vi", "Đúng", "Sai")
        .post(QUIZ + "/questions/q1")
        .then()
        .statusCode(422)
        .body(containsString("id=\"form-problems\""))
        .body(containsString("Câu hỏi một lựa chọn cần đúng một lựa chọn đúng."));
    Csrf.with(as().cookie("hs_lang", "en"))
        .formParam("prompt_en", "Pi?")
        .formParam("explanation_en", "Because.")
        .formParam("points", "1")
        .formParam("type", "numeric")
        .formParam("mode", "absolute")
        .formParam("answer", "3.14")
        .formParam("tolerance", "-0.1")
        .post(QUIZ + "/new-question")
        .then()
        .statusCode(422)
        .body(containsString("The tolerance must be 0 or more."))
        // What was typed is shown again, so nothing is lost.
        .body(containsString("value=\"-0.1\""));
    Csrf.with(as())
        .formParam("type", "text")
        .formParam("points", "0")
        .formParam("accept", "")
        .formParam("regex", "(")
        .post(QUIZ + "/new-question")
        .then()
        .statusCode(422)
        .body(containsString("Hãy viết đề bài bằng ít nhất một ngôn ngữ."))
        .body(containsString("Điểm phải là một số lớn hơn 0."))
        .body(containsString("Biểu thức chính quy không hợp lệ."));
    assertEquals(before, edits.text("soan-form", "mot").orElseThrow());
    // An unknown type or question is not found, not a server error.
    as().get(QUIZ + "/new-question?type=essay").then().statusCode(404);
    as().get(QUIZ + "/questions/khong-co").then().statusCode(404);
  }

  @Test
  void theImportersRulesStillApplyAfterTheFormsOwnChecks() {
    // An option id sent twice passes the form's checks; the importer refuses it.
    String before = edits.text("soan-form", "mot").orElseThrow();
    form(QUIZ + "/questions/q1", "single", "Câu 1?", "")
        .formParam("choice_id", "a", "a")
        .formParam("choice_vi", "Đúng", "Sai")
        .formParam("correct", "0")
        .post(QUIZ + "/questions/q1")
        .then()
        .statusCode(422)
        .body(containsString("id=\"problems\""))
        .body(containsString("soan-form/modules/01-mot/quiz.yaml:"))
        .body(containsString("duplicate id &#39;a&#39;"));
    assertEquals(before, edits.text("soan-form", "mot").orElseThrow());
  }

  @Test
  void aQuestionIsDeleted() {
    Csrf.with(as()).post(QUIZ + "/questions/q2/delete").then().statusCode(303);
    assertEquals(List.of("q1", "q3"), ids());
  }

  @Test
  void learnersCannotUseTheForms() {
    RequestSpecification learner = learner();
    learner.get(QUIZ + "/questions/q1").then().statusCode(403);
    learner.get(QUIZ + "/new-question?type=single").then().statusCode(403);
    Csrf.with(learner())
        .formParam("prompt_vi", "Bị sửa")
        .post(QUIZ + "/questions/q1")
        .then()
        .statusCode(403);
    Csrf.with(learner()).post(QUIZ + "/questions/q1/delete").then().statusCode(403);
    Csrf.with(learner())
        .contentType("multipart/form-data")
        .multiPart("file", "q.gift", "::x:: X? {=1 ~2 ####Y.}".getBytes(StandardCharsets.UTF_8))
        .post(QUIZ + "/gift-file")
        .then()
        .statusCode(403);
    assertEquals(List.of("q1", "q2", "q3"), ids());
  }

  @Test
  void markupInAPromptIsShownAsTextAndCannotAddYaml() {
    String attack = "<script>alert(1)</script><img src=x onerror=alert(2)>";
    // A crafted option id and a prompt that tries to close the YAML flow map.
    form(QUIZ + "/questions/q1", "single", attack, "\"}\n    points: 99\n#")
        .formParam("choice_id", "a, correct: true}", "b")
        .formParam("choice_vi", "Đúng <b onmouseover=alert(3)>", "Sai")
        .formParam("correct", "0")
        .post(QUIZ + "/questions/q1")
        .then()
        .statusCode(303);
    QuestionSource q1 = question("q1");
    assertEquals(attack, q1.prompt().written(Language.VI).orElseThrow());
    assertEquals(1.0, q1.points());
    for (String page : List.of(EDIT, QUIZ + "/questions/q1")) {
      as().get(page)
          .then()
          .statusCode(200)
          .body(not(containsString("<script>alert(1)")))
          .body(not(containsString("<img src=x")))
          .body(not(containsString("<b onmouseover")))
          .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }
    // The learner's page renders prompts as Markdown through the lesson sanitiser: the script and
    // the handlers are dropped (the editor above still shows the text the instructor typed).
    learner()
        .get("/courses/soan-form/modules/mot/quiz")
        .then()
        .statusCode(200)
        .body(not(containsString("<script>alert(1)")))
        .body(not(containsString("onerror")))
        .body(not(containsString("<img src=x")))
        .body(not(containsString("<b onmouseover")));
  }

  @Test
  void aGiftFileIsUploadedAndItsQuestionsAdded() {
    upload(
            "::mot-cong-mot:: 1 + 1 = ? {=2 ~3 ####Vì 1 + 1 = 2.}\n"
                .getBytes(StandardCharsets.UTF_8))
        .then()
        .statusCode(303);
    assertEquals(List.of("q1", "q2", "q3", "mot-cong-mot"), ids());
  }

  @Test
  void aBadGiftFileReportsItsLineAndAddsNothing() {
    String gift = "::ok:: Một? {=1 ~2 ####Vì.}\n\n::hong:: Hai? {=2 ~3\n";
    upload(gift.getBytes(StandardCharsets.UTF_8))
        .then()
        .statusCode(200)
        .body(containsString("id=\"gift-errors\""))
        .body(containsString("<li>dòng 3: "));
    // Latin-1 bytes are not UTF-8: refused by name, not turned into mojibake.
    upload("::x:: Hà Nội? {=a ~b ####c.}".getBytes(StandardCharsets.ISO_8859_1))
        .then()
        .statusCode(400)
        .body(containsString("Tệp GIFT không phải văn bản UTF-8."));
    upload(new byte[GiftFile.MAX_BYTES + 1])
        .then()
        .statusCode(413)
        .body(containsString("Tệp GIFT quá lớn (tối đa 256 KiB)."));
    assertEquals(List.of("q1", "q2", "q3"), ids());
  }

  private Response upload(byte[] file) {
    return Csrf.with(as())
        .contentType("multipart/form-data")
        .multiPart("file", "cau-hoi.gift", file, "text/plain")
        .multiPart("gift_lang", "vi")
        .post(QUIZ + "/gift-file");
  }

  /** Posts a new question and returns the id it got: the one id not there before. */
  private String add(RequestSpecification form) {
    List<String> before = ids();
    form.post(QUIZ + "/new-question").then().statusCode(303);
    List<String> after = new java.util.ArrayList<>(ids());
    assertEquals(before, after.subList(0, before.size()));
    assertEquals(before.size() + 1, after.size());
    return after.get(after.size() - 1);
  }

  private RequestSpecification form(String unused, String type, String vi, String en) {
    return Csrf.with(as())
        .formParams(
            Map.of(
                "type",
                type,
                "points",
                "1",
                "prompt_vi",
                vi,
                "prompt_en",
                en,
                "explanation_vi",
                "Vì vậy.",
                "explanation_en",
                ""));
  }

  @jakarta.transaction.Transactional
  List<QuestionSource> questions() {
    return QuizSourceJson.read(
            quizzes.activeOf(samples.courseId("soan-form"), "mot").orElseThrow().sourceJson)
        .questions();
  }

  private List<String> ids() {
    return questions().stream().map(QuestionSource::id).toList();
  }

  private QuestionSource question(String id) {
    return questions().stream().filter(q -> q.id().equals(id)).findFirst().orElseThrow();
  }

  private RequestSpecification learner() {
    return given()
        .redirects()
        .follow(false)
        .cookie(SessionCookie.NAME, accounts.login(accounts.create("learner").id));
  }

  private RequestSpecification as() {
    return given().redirects().follow(false).cookie(SessionCookie.NAME, accounts.login(instructor));
  }
}
