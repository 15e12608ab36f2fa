package vn.hocsau.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Errors in {@code quiz.yaml}, each exactly. */
class QuizErrorsTest {

  private static final String QUIZ = "co-ban/modules/01-mo-dau/quiz.yaml";
  private static final String SETTINGS = "settings:\n  pass_mark: 50\nquestions:\n";

  @TempDir Path temp;
  private Path root;

  @BeforeEach
  void copyValidTree() {
    root = Fixtures.validCopy(temp);
  }

  /** A quiz whose first question starts on line 4. */
  private List<String> errorsWithQuestions(String questions) {
    Fixtures.write(root, QUIZ, SETTINGS + questions);
    return Fixtures.errors(root);
  }

  private static String single(String id, String options) {
    return "  - id: "
        + id
        + "\n    type: single\n    prompt: {vi: Hỏi}\n    explanation: {vi: Vì.}\n"
        + "    options:\n"
        + options;
  }

  @Test
  void duplicateQuestionIds() {
    String option = "      - {text: A, correct: true}\n      - {text: B}\n";
    assertEquals(
        List.of(QUIZ + ":11: duplicate question id 'mot' (first at line 4)"),
        errorsWithQuestions(single("mot", option) + single("mot", option)));
  }

  @Test
  void unknownQuestionType() {
    assertEquals(
        List.of(
            QUIZ
                + ":5: unknown question type 'essay' (use single, multi, numeric, text or ordering)"),
        errorsWithQuestions(
            "  - id: luan\n    type: essay\n    prompt: {vi: Viết}\n    explanation: {vi: Vì.}\n"));
  }

  @Test
  void singleChoiceNeedsExactlyOneCorrectOption() {
    assertEquals(
        List.of(
            QUIZ + ":8: single-choice question 'mot' must have exactly 1 correct option, found 2"),
        errorsWithQuestions(
            single("mot", "      - {text: A, correct: true}\n      - {text: B, correct: true}\n")));
    assertEquals(
        List.of(
            QUIZ + ":8: single-choice question 'mot' must have exactly 1 correct option, found 0"),
        errorsWithQuestions(single("mot", "      - {text: A}\n      - {text: B}\n")));
  }

  @Test
  void multiChoiceNeedsACorrectOptionAndTwoOptions() {
    String multi =
        "  - id: nhieu\n    type: multi\n    prompt: {vi: Hỏi}\n    explanation: {vi: Vì.}\n    options:\n";
    assertEquals(
        List.of(QUIZ + ":8: multi-choice question 'nhieu' needs at least 1 correct option"),
        errorsWithQuestions(multi + "      - {text: A}\n      - {text: B}\n"));
    assertEquals(
        List.of(QUIZ + ":8: question 'nhieu' needs at least 2 options"),
        errorsWithQuestions(multi + "      - {text: A, correct: true}\n"));
  }

  @Test
  void missingExplanationAndBadId() {
    assertEquals(
        List.of(
            QUIZ
                + ":4: invalid question id 'Câu 1': use lowercase letters a-z, digits and single hyphens (at most 80 characters)",
            QUIZ + ":4: missing field 'explanation'"),
        errorsWithQuestions(
            "  - id: Câu 1\n    type: text\n    prompt: {vi: Hỏi}\n    accept: [có]\n"));
  }

  @Test
  void fieldsOfAnotherTypeAreRejected() {
    assertEquals(
        List.of(QUIZ + ":8: unknown field 'options'"),
        errorsWithQuestions(
            "  - id: so\n    type: numeric\n    prompt: {vi: Hỏi}\n    explanation: {vi: Vì.}\n"
                + "    options: []\n    answer: 1\n"));
  }

  @Test
  void numericAnswerRules() {
    String numeric =
        "  - id: so\n    type: numeric\n    prompt: {vi: Hỏi}\n    explanation: {vi: Vì.}\n";
    assertEquals(
        List.of(QUIZ + ":8: give either answer (with a tolerance) or range, not both"),
        errorsWithQuestions(numeric + "    range: [1, 2]\n    answer: 1.5\n"));
    assertEquals(
        List.of(
            QUIZ + ":8: field 'range' must be a list of two numbers [min, max] with min <= max"),
        errorsWithQuestions(numeric + "    range: [2, 1]\n"));
    assertEquals(
        List.of(QUIZ + ":9: field 'tolerance' must be a number of 0 or more"),
        errorsWithQuestions(numeric + "    answer: 1\n    tolerance: -0.1\n"));
    assertEquals(
        List.of(QUIZ + ":8: field 'answer' must be a number"),
        errorsWithQuestions(numeric + "    answer: một\n"));
  }

  @Test
  void textAnswerRules() {
    String text =
        "  - id: chu\n    type: text\n    prompt: {vi: Hỏi}\n    explanation: {vi: Vì.}\n";
    assertEquals(
        List.of(QUIZ + ":5: text question 'chu' needs 'accept' answers or a 'regex'"),
        errorsWithQuestions(text));
    assertEquals(
        List.of(QUIZ + ":8: invalid regex in question 'chu': Unclosed group"),
        errorsWithQuestions(text + "    regex: '(học sâu'\n"));
  }

  @Test
  void orderingNeedsTwoDistinctItems() {
    String ordering =
        "  - id: xep\n    type: ordering\n    prompt: {vi: Hỏi}\n    explanation: {vi: Vì.}\n    items:\n";
    assertEquals(
        List.of(QUIZ + ":10: duplicate id 'a' in question 'xep'"),
        errorsWithQuestions(ordering + "      - text: A\n      - {id: a, text: B}\n"));
    assertEquals(
        List.of(QUIZ + ":8: ordering question 'xep' needs at least 2 items"),
        errorsWithQuestions(ordering + "      - text: A\n"));
  }

  @Test
  void settingsRules() {
    Fixtures.write(
        root,
        QUIZ,
        "settings:\n  attempts: 0\n  pass_mark: 120\n  shuffle: maybe\nquestions:\n"
            + single("mot", "      - {text: A, correct: true}\n      - {text: B}\n"));
    assertEquals(
        List.of(
            QUIZ + ":2: field 'attempts' must be unlimited or a whole number from 1 to 100",
            QUIZ + ":3: field 'pass_mark' must be a whole number from 0 to 100",
            QUIZ + ":4: field 'shuffle' must be true or false"),
        Fixtures.errors(root));
  }

  @Test
  void yamlSyntaxError() {
    assertEquals(
        List.of(QUIZ + ":6: YAML syntax error: mapping values are not allowed here"),
        errorsWithQuestions("  - id: mot\n    type: single\n    prompt: vi: Hỏi\n"));
  }
}
