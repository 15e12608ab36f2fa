package vn.hocsau.quiz.editor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.hocsau.content.BilingualText;
import vn.hocsau.content.QuizSource;
import vn.hocsau.course.Courses;
import vn.hocsau.course.editor.CheckedEdit;
import vn.hocsau.quiz.Question;
import vn.hocsau.quiz.gift.GiftError;
import vn.hocsau.quiz.gift.GiftException;
import vn.hocsau.quiz.gift.GiftParser;
import vn.hocsau.quiz.store.ModuleQuizRepository;
import vn.hocsau.quiz.store.QuizFromSource;
import vn.hocsau.quiz.store.QuizSourceJson;
import vn.hocsau.system.i18n.Language;

/**
 * Edits a module's {@code quiz.yaml} on the site, and adds questions from GIFT. Either way the new
 * file goes through {@link CheckedEdit}, so the importer's rules apply (ids unique, a single-choice
 * question has exactly one right option...) and question ids already there stay as they are.
 */
@ApplicationScoped
public class QuizEditService {

  private static final Pattern TOP_LEVEL_KEY = Pattern.compile("(?m)^([a-z_]+):");
  private static final Pattern FIRST_ITEM = Pattern.compile("(?m)^( *)- ");

  @Inject CheckedEdit checkedEdit;
  @Inject Courses courses;
  @Inject ModuleQuizRepository quizzes;

  /** What adding GIFT did: its syntax errors (nothing saved), or the save's outcome. */
  public record GiftImport(List<GiftError> errors, CheckedEdit.Saved saved) {}

  /** The quiz file of the module as stored; empty when the module has no active quiz. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<String> text(String slug, String moduleSlug) {
    return source(slug, moduleSlug).map(QuizEditService::textOf);
  }

  /** Checks and saves {@code yaml} as the module's new quiz file. */
  public CheckedEdit.Saved save(String slug, String moduleSlug, String yaml, Long editorId) {
    String text = yaml.replace("\r\n", "\n").replace('\r', '\n');
    return checkedEdit.apply(slug, course -> writeQuiz(course, moduleSlug, text), editorId);
  }

  /** Parses {@code gift} (written in {@code language}) and adds its questions to the quiz. */
  public GiftImport addGift(
      String slug, String moduleSlug, String gift, Language language, Long editorId) {
    List<Question> added;
    try {
      added = new GiftParser(language).parse(gift == null ? "" : gift);
    } catch (GiftException e) {
      return new GiftImport(e.errors(), null);
    }
    QuizSource stored = source(slug, moduleSlug).orElseThrow();
    String next = append(textOf(stored), stored, added);
    return new GiftImport(List.of(), save(slug, moduleSlug, next, editorId));
  }

  /**
   * The quiz file with {@code added} questions at the end of its {@code questions:} list. The file
   * is kept as written (comments, ids) when that list comes last, as it usually does; otherwise the
   * whole file is written again from its questions.
   */
  static String append(String text, QuizSource stored, List<Question> added) {
    String generated = QuizYaml.questions(added);
    String lastKey = null;
    Matcher key = TOP_LEVEL_KEY.matcher(text);
    while (key.find()) {
      lastKey = key.group(1);
    }
    if ("questions".equals(lastKey)) {
      Matcher item = FIRST_ITEM.matcher(text.substring(text.lastIndexOf("\nquestions:") + 1));
      int indent = item.find() ? item.group(1).length() : 2;
      return text.stripTrailing() + "\n" + reindent(generated, indent - 2);
    }
    List<Question> all = new ArrayList<>(questionsOf(stored));
    all.addAll(added);
    return QuizYaml.quiz(stored.settings(), all);
  }

  private static String reindent(String yaml, int shift) {
    if (shift == 0) {
      return yaml;
    }
    StringBuilder out = new StringBuilder();
    for (String line : yaml.split("\n", -1)) {
      if (line.isEmpty()) {
        out.append('\n');
      } else {
        out.append(shift > 0 ? " ".repeat(shift) + line : line.substring(Math.min(-shift, 2)))
            .append('\n');
      }
    }
    return out.toString().replaceAll("\n+$", "\n");
  }

  /** The active quiz of the module, as stored. */
  @Transactional(Transactional.TxType.SUPPORTS)
  Optional<QuizSource> source(String slug, String moduleSlug) {
    return courses
        .findBySlug(slug)
        .flatMap(c -> quizzes.activeOf(c.id, moduleSlug))
        .map(q -> QuizSourceJson.read(q.sourceJson));
  }

  private static String textOf(QuizSource source) {
    if (source.text() != null) {
      return source.text();
    }
    return QuizYaml.quiz(source.settings(), questionsOf(source));
  }

  private static List<Question> questionsOf(QuizSource source) {
    return QuizFromSource.map("q", BilingualText.same("q"), source).questions();
  }

  private static void writeQuiz(Path course, String moduleSlug, String text) {
    try (Stream<Path> dirs = Files.list(course.resolve("modules"))) {
      Path dir =
          dirs.filter(
                  d -> d.getFileName().toString().matches("[0-9]+-" + Pattern.quote(moduleSlug)))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("module not exported: " + moduleSlug));
      Files.writeString(dir.resolve("quiz.yaml"), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
