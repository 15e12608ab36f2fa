package vn.hocsau.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hashes let the importer create a new version exactly for what changed. */
class ContentHashTest {

  private static final String CHAO_VI = "co-ban/modules/01-mo-dau/01-chao.vi.md";
  private static final String QUIZ = "co-ban/modules/01-mo-dau/quiz.yaml";

  @TempDir Path temp;
  private Path root;

  @BeforeEach
  void copyValidTree() {
    root = Fixtures.validCopy(temp);
  }

  /** Every hash in the tree: lessons by slug, their language versions, quizzes and questions. */
  private Map<String, String> hashes() {
    Map<String, String> hashes = new LinkedHashMap<>();
    for (CourseSource course : CoursesReader.read(root).courses()) {
      for (ModuleSource module : course.modules()) {
        for (LessonSource lesson : module.lessons()) {
          hashes.put(course.slug() + "/" + lesson.slug(), lesson.contentHash());
          lesson.texts().values().forEach(t -> hashes.put(t.path(), t.contentHash()));
        }
        module.quiz().ifPresent(q -> hashes.put(q.path(), q.contentHash()));
        module.quiz().stream()
            .flatMap(q -> q.questions().stream())
            .forEach(q -> hashes.put(module.path() + "#" + q.id(), q.contentHash()));
      }
    }
    return hashes;
  }

  private String read(String file) throws IOException {
    return Files.readString(root.resolve(file));
  }

  @Test
  void sameContentGivesTheSameHashes() {
    Map<String, String> first = hashes();
    assertEquals(16, first.size(), "4 lessons, 6 language versions, 1 quiz, 5 questions");
    assertEquals(first, hashes());
  }

  @Test
  void editingOneLessonChangesOnlyItsHashes() throws IOException {
    Map<String, String> before = hashes();
    Fixtures.write(root, CHAO_VI, read(CHAO_VI).replace("Học sâu là gì?", "Học sâu là gì nhỉ?"));
    Map<String, String> after = hashes();
    assertNotEquals(before.get("co-ban/chao"), after.get("co-ban/chao"));
    assertNotEquals(before.get(CHAO_VI), after.get(CHAO_VI));
    before.keySet().removeAll(List.of("co-ban/chao", CHAO_VI));
    after.keySet().removeAll(List.of("co-ban/chao", CHAO_VI));
    assertEquals(before, after);
  }

  @Test
  void resavingWithCrlfBomOrDecomposedAccentsChangesNothing() throws IOException {
    Map<String, String> before = hashes();
    String text = Normalizer.normalize(read(CHAO_VI), Normalizer.Form.NFD).replace("\n", "\r\n");
    Fixtures.writeBytes(root, CHAO_VI, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
    assertEquals(before, hashes());
  }

  @Test
  void replacingAnImageChangesTheLessonThatShowsIt() {
    Map<String, String> before = hashes();
    Fixtures.write(
        root,
        "co-ban/modules/01-mo-dau/img/hinh.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"9\"/></svg>");
    Map<String, String> after = hashes();
    assertNotEquals(before.get("co-ban/chao"), after.get("co-ban/chao"));
    assertEquals(before.get(CHAO_VI), after.get(CHAO_VI), "the Markdown itself did not change");
    assertEquals(before.get("co-ban/chi-viet"), after.get("co-ban/chi-viet"));
  }

  @Test
  void appendingAQuestionKeepsTheOthers() throws IOException {
    Map<String, String> before = hashes();
    Fixtures.write(
        root,
        QUIZ,
        read(QUIZ)
            + "  - id: moi\n    type: text\n    prompt: {vi: Mới}\n    accept: [mới]\n"
            + "    explanation: {vi: Mới.}\n");
    Map<String, String> after = hashes();
    assertNotNull(after.remove("co-ban/modules/01-mo-dau#moi"));
    assertNotEquals(before.remove(QUIZ), after.remove(QUIZ));
    assertEquals(before, after);
  }

  @Test
  void editingOneQuestionChangesOnlyThatQuestion() throws IOException {
    Map<String, String> before = hashes();
    Fixtures.write(root, QUIZ, read(QUIZ).replace("answer: 10", "answer: 12"));
    Map<String, String> after = hashes();
    String module = "co-ban/modules/01-mo-dau#";
    assertNotEquals(before.get(module + "so"), after.get(module + "so"));
    assertNotEquals(before.get(QUIZ), after.get(QUIZ));
    for (String id : new String[] {"mot", "nhieu", "chu", "thu-tu"}) {
      assertEquals(before.get(module + id), after.get(module + id), id);
    }
  }
}
