package vn.hocsau.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code completion:} fields that name assessments ({@code version}, {@code quizzes}, {@code
 * labs}): valid files read as written, and each mistake is reported at its own line.
 */
class CompletionFieldsTest {

  /** Lines 1 to 5 of every file here; the completion fields start at line 6. */
  private static final String HEAD =
      "slug: co-ban\ntitle: {vi: A}\nsummary: {vi: B}\nlevel: beginner\ncompletion:\n";

  @TempDir Path temp;
  private Path root;

  @BeforeEach
  void copyValidTree() {
    root = Fixtures.validCopy(temp);
    Fixtures.write(root, "co-ban/labs/phan-loai/lab.yaml", "dataset: diem-3-lop\n");
    Fixtures.write(root, "co-ban/labs/hoi-quy/lab.yaml", "dataset: diem-3-lop\n");
  }

  private void completion(String fields) {
    Fixtures.write(root, "co-ban/course.yaml", HEAD + fields);
  }

  private CompletionRule read() {
    ReadResult result = CoursesReader.read(root);
    assertEquals(List.of(), result.problems());
    return result.course("co-ban").orElseThrow().completion();
  }

  @Test
  void namedQuizzesAndLabsWithAVersionReadInFileOrder() {
    completion(
        "  rule: lessons-and-quizzes\n  min_quiz_score: 50\n  version: 3\n  quizzes:\n"
            + "    - {module: mo-dau, min_score: 70}\n  labs: [hoi-quy, phan-loai]\n");
    assertEquals(
        new CompletionRule(
            CompletionRule.Kind.LESSONS_AND_QUIZZES,
            OptionalInt.of(50),
            3,
            List.of(new CompletionRule.RequiredQuiz("mo-dau", OptionalInt.of(70))),
            List.of("hoi-quy", "phan-loai")),
        read());
  }

  @Test
  void minScoreAndVersionAreOptional() {
    completion("  rule: all-lessons\n  quizzes: [{module: mo-dau}]\n");
    assertEquals(
        new CompletionRule(
            CompletionRule.Kind.ALL_LESSONS,
            OptionalInt.empty(),
            1,
            List.of(new CompletionRule.RequiredQuiz("mo-dau", OptionalInt.empty())),
            List.of()),
        read());
  }

  @Test
  void aFileWithoutTheNewFieldsKeepsItsMeaning() {
    completion("  rule: lessons-and-quizzes\n  min_quiz_score: 80\n");
    CompletionRule rule = read();
    assertEquals(
        new CompletionRule(CompletionRule.Kind.LESSONS_AND_QUIZZES, OptionalInt.of(80)), rule);
    assertEquals(false, rule.namesAssessments());
  }

  @Test
  void badVersion() {
    completion("  rule: all-lessons\n  version: 0\n");
    assertEquals(
        List.of("co-ban/course.yaml:7: field 'version' must be a whole number from 1 to 1000000"),
        Fixtures.errors(root));
    completion("  rule: all-lessons\n  version: hai\n");
    assertEquals(
        List.of("co-ban/course.yaml:7: field 'version' must be a whole number from 1 to 1000000"),
        Fixtures.errors(root));
  }

  @Test
  void quizzesMustBeAListOfModulesWithScoresFrom0To100() {
    completion("  rule: all-lessons\n  quizzes: mo-dau\n");
    assertEquals(
        List.of("co-ban/course.yaml:7: field 'quizzes' must be a non-empty list"),
        Fixtures.errors(root));
    completion("  rule: all-lessons\n  quizzes:\n    - {module: mo-dau}\n    - {min_score: 60}\n");
    assertEquals(List.of("co-ban/course.yaml:9: missing field 'module'"), Fixtures.errors(root));
    completion("  rule: all-lessons\n  quizzes:\n    - module: mo-dau\n      min_score: 101\n");
    assertEquals(
        List.of("co-ban/course.yaml:9: field 'min_score' must be a whole number from 0 to 100"),
        Fixtures.errors(root));
    completion("  rule: all-lessons\n  quizzes:\n    - module: mo-dau\n      pass: 60\n");
    assertEquals(List.of("co-ban/course.yaml:9: unknown field 'pass'"), Fixtures.errors(root));
  }

  @Test
  void aModuleOrLabNamedTwiceOrNotASlug() {
    completion("  rule: all-lessons\n  quizzes: [{module: mo-dau}, {module: mo-dau}]\n");
    assertEquals(
        List.of("co-ban/course.yaml:7: 'mo-dau' is listed twice in quizzes"),
        Fixtures.errors(root));
    completion("  rule: all-lessons\n  labs: [phan-loai, phan-loai]\n");
    assertEquals(
        List.of("co-ban/course.yaml:7: 'phan-loai' is listed twice in labs"),
        Fixtures.errors(root));
    completion("  rule: all-lessons\n  labs: phan-loai\n");
    assertEquals(
        List.of("co-ban/course.yaml:7: field 'labs' must be a list"), Fixtures.errors(root));
    completion("  rule: all-lessons\n  labs: [Phan_Loai]\n");
    assertEquals(
        List.of(
            "co-ban/course.yaml:7: invalid labs 'Phan_Loai': use lowercase letters a-z, digits and"
                + " single hyphens (at most 80 characters)"),
        Fixtures.errors(root));
  }

  @Test
  void aModuleWithoutAQuizOrALabWithoutLabYamlIsReportedAtTheLineThatNamesIt() {
    completion(
        "  rule: all-lessons\n  quizzes:\n    - module: mo-dau\n    - module: tiep\n"
            + "    - module: khong-co\n  labs:\n    - phan-loai\n    - chua-viet\n");
    assertEquals(
        List.of(
            "co-ban/course.yaml:9: completion names the quiz of module 'tiep', but no module of"
                + " that slug has a quiz",
            "co-ban/course.yaml:10: completion names the quiz of module 'khong-co', but no module"
                + " of that slug has a quiz",
            "co-ban/course.yaml:13: completion names lab 'chua-viet', but labs/chua-viet has no"
                + " lab.yaml"),
        Fixtures.errors(root));
    assertEquals(List.of("co-ban"), CoursesReader.read(root).rejected());
  }
}
