package vn.hocsau.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hocsau.system.i18n.Language;

class CoursesReaderTest {

  private final ReadResult result = CoursesReader.read(Fixtures.VALID);

  private CourseSource coBan() {
    return result.course("co-ban").orElseThrow();
  }

  @Test
  void readsAValidTreeWithoutProblems() {
    assertEquals(List.of(), result.problems());
    assertEquals(
        List.of("co-ban", "nang-cao"), result.courses().stream().map(CourseSource::slug).toList());
    assertEquals(List.of(), result.rejected());
  }

  @Test
  void readsCourseFields() {
    CourseSource course = coBan();
    assertEquals("Cơ bản", course.title().in(Language.VI));
    assertEquals("A tiny course for tests.", course.summary().in(Language.EN));
    assertEquals(Level.BEGINNER, course.level());
    assertEquals(List.of("test", "nho"), course.tags());
    assertEquals(CompletionRule.allLessons(), course.completion());
    assertEquals("co-ban", course.path());
    CourseSource advanced = result.course("nang-cao").orElseThrow();
    assertEquals(List.of("co-ban"), advanced.prerequisites());
    assertEquals(Level.ADVANCED, advanced.level());
  }

  @Test
  void ordersModulesAndLessonsByNumber() {
    List<ModuleSource> modules = coBan().modules();
    assertEquals(List.of("mo-dau", "tiep"), modules.stream().map(ModuleSource::slug).toList());
    assertEquals(
        List.of("chao", "chi-viet"),
        modules.get(0).lessons().stream().map(LessonSource::slug).toList());
    assertEquals("Getting started", modules.get(0).title().in(Language.EN));
    assertEquals("co-ban/modules/01-mo-dau", modules.get(0).path());
  }

  @Test
  void readsFrontMatterAndBody() {
    LessonText hello = coBan().lessons().get(0).text(Language.EN).orElseThrow();
    assertEquals("Hello", hello.title());
    assertEquals(4, hello.minutes());
    assertEquals(5, hello.markdownLine());
    assertTrue(hello.markdown().startsWith("What is deep learning?\n"));
    assertEquals("co-ban/modules/01-mo-dau/01-chao.en.md", hello.path());
  }

  @Test
  void recordsWhichLanguagesALessonHas() {
    LessonSource viOnly = coBan().lessons().get(1);
    assertEquals(Set.of(Language.VI), viOnly.languages());
    assertEquals(Language.VI, viOnly.textOrFallback(Language.EN).language());
    LessonSource enOnly = coBan().modules().get(1).lessons().get(0);
    assertEquals(Set.of(Language.EN), enOnly.languages());
    assertEquals(Language.EN, enOnly.textOrFallback(Language.VI).language());
    assertEquals("Next", coBan().modules().get(1).title().in(Language.VI));
  }

  @Test
  void resolvesImagesNextToTheLesson() {
    LessonSource hello = coBan().lessons().get(0);
    assertEquals(1, hello.images().size(), "both languages use the same image, listed once");
    LessonImage image = hello.images().get(0);
    assertEquals("img/hinh.svg", image.reference());
    assertEquals("co-ban/modules/01-mo-dau/img/hinh.svg", image.path());
    assertEquals(64, image.contentHash().length());
  }

  @Test
  void readsQuizSettingsWithDefaults() {
    QuizSource quiz = coBan().modules().get(0).quiz().orElseThrow();
    assertEquals(new QuizSettings(OptionalInt.of(2), 50, false, true), quiz.settings());
    assertEquals("co-ban/modules/01-mo-dau/quiz.yaml", quiz.path());
    assertFalse(coBan().modules().get(1).quiz().isPresent());
  }

  @Test
  void readsEveryQuestionType() {
    List<QuestionSource> questions = coBan().modules().get(0).quiz().orElseThrow().questions();
    assertEquals(
        List.of(
            QuestionKind.SINGLE,
            QuestionKind.MULTI,
            QuestionKind.NUMERIC,
            QuestionKind.TEXT,
            QuestionKind.ORDERING),
        questions.stream().map(QuestionSource::type).toList());
    QuestionSource single = questions.get(0);
    assertEquals("mot", single.id());
    assertEquals(2.0, single.points());
    assertEquals(5, single.line());
    assertEquals("Because.", single.explanation().in(Language.EN));
    AnswerSource.Choices choices = assertInstanceOf(AnswerSource.Choices.class, single.answer());
    assertEquals(
        List.of(
            new AnswerSource.Option("a", BilingualText.same("1"), true),
            new AnswerSource.Option("b", BilingualText.same("2"), false)),
        choices.options());
    AnswerSource.Numeric numeric =
        assertInstanceOf(AnswerSource.Numeric.class, questions.get(2).answer());
    assertEquals(
        new AnswerSource.Numeric(AnswerSource.Numeric.Mode.RELATIVE, 10, 0.1, 9, 11), numeric);
    AnswerSource.Text text = assertInstanceOf(AnswerSource.Text.class, questions.get(3).answer());
    assertEquals(List.of("học sâu"), text.accepted());
    assertTrue(text.exact());
    AnswerSource.Ordering ordering =
        assertInstanceOf(AnswerSource.Ordering.class, questions.get(4).answer());
    assertEquals(
        List.of("a", "b", "c"), ordering.items().stream().map(AnswerSource.Item::id).toList());
  }
}
