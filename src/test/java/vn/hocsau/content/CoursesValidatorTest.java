package vn.hocsau.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hocsau.system.i18n.Language;

/** The CI check, run on the repository's real {@code courses/} and on a broken tree. */
class CoursesValidatorTest {

  private static final Path REAL_COURSES = Path.of("courses");

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int validate(Path root) {
    return CoursesValidator.run(
        root,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private List<String> outputLines() {
    return out.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void theRepositoryCoursesAreValid() {
    int exit = validate(REAL_COURSES);
    assertEquals(0, exit, out.toString(StandardCharsets.UTF_8));
    assertEquals(
        List.of("2 course(s) valid, 0 rejected, 6 lab(s), 0 error(s), 0 warning(s)"),
        outputLines());
  }

  @Test
  void theSampleCourseCoversWhatTheIssueAsksFor() {
    CourseSource course = CoursesReader.read(REAL_COURSES).course("nhap-mon-hoc-sau").orElseThrow();
    assertEquals(Level.BEGINNER, course.level());
    assertTrue(course.modules().size() >= 2);
    assertEquals(Set.of(Language.VI, Language.EN), course.title().languages());
    assertTrue(course.lessons().stream().anyMatch(l -> !l.images().isEmpty()));
    // Issue 13: every lesson of the sample course exists in both languages. (A one-language lesson
    // is still covered by the co-ban fixture: LessonPageTest, CourseExportTest.)
    assertTrue(
        course.lessons().stream()
            .allMatch(l -> l.languages().equals(Set.of(Language.VI, Language.EN))));
    List<QuestionSource> questions =
        course.modules().stream()
            .flatMap(m -> m.quiz().stream())
            .flatMap(q -> q.questions().stream())
            .toList();
    Set<QuestionKind> types = EnumSet.noneOf(QuestionKind.class);
    questions.forEach(q -> types.add(q.type()));
    assertEquals(EnumSet.allOf(QuestionKind.class), types);
    for (QuestionSource question : questions) {
      assertEquals(
          Set.of(Language.VI, Language.EN), question.explanation().languages(), question.id());
      assertEquals(Set.of(Language.VI, Language.EN), question.prompt().languages(), question.id());
    }
  }

  @Test
  void reportsEveryErrorOfABrokenTreeAtOnce() {
    assertEquals(1, validate(Fixtures.BROKEN));
    String at = Fixtures.BROKEN + "/";
    assertEquals(
        List.of(
            at
                + "hong/course.yaml:5:1: unknown level 'expert' (use beginner, intermediate or"
                + " advanced)",
            at + "hong/course.yaml:6: unknown prerequisite 'khong-ton-tai'",
            at + "hong/modules/01-dau/01-bai.vi.md:7: image not found: img/thieu.png",
            at
                + "hong/modules/01-dau/quiz.yaml:8:5: single-choice question 'cau-1' must have"
                + " exactly 1 correct option, found 2",
            at
                + "hong/modules/01-dau/quiz.yaml:11:5: duplicate question id 'cau-1' (first at"
                + " line 4)",
            at
                + "hong/modules/01-dau/quiz.yaml:12:5: unknown question type 'essay' (use single,"
                + " multi, numeric, text or ordering)",
            at
                + "hong/modules/02-sau/01-bai-khac.md:1: lesson has no language: name it"
                + " 01-bai-khac.vi.md or 01-bai-khac.en.md",
            "0 course(s) valid, 1 rejected, 0 lab(s), 7 error(s), 0 warning(s)"),
        outputLines());
  }

  @Test
  void aMissingFolderIsAUsageError() {
    assertEquals(2, validate(Path.of("no-such-folder")));
    assertEquals("not a folder: no-such-folder", err.toString(StandardCharsets.UTF_8).strip());
  }
}
