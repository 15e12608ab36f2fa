package vn.hocsau.quiz.editor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.hocsau.content.QuizSource;
import vn.hocsau.course.editor.CheckedEdit;

/**
 * Edits a module's quiz one question at a time through the instructor's form. The whole {@code
 * quiz.yaml} is written again from the stored questions with the edited one in its place, then
 * saved by {@link QuizEditService#save}, so the importer's rules apply exactly as for the YAML
 * editor. Ids never change: an edited question keeps the id it was opened with, and a new one gets
 * a random id that no deleted question can have had, so old attempts never attach to it.
 */
@ApplicationScoped
public class QuizFormService {

  @Inject QuizEditService quizEdits;

  /**
   * What a form save did.
   *
   * @param problems what is wrong with the form (nothing was saved); checked first
   * @param saved the outcome of the checked save, or null when the form had problems
   */
  public record Outcome(List<QuestionFormProblem> problems, CheckedEdit.Saved saved) {

    /** Whether the quiz was stored. */
    public boolean ok() {
      return problems.isEmpty() && saved.problems().isEmpty();
    }
  }

  /** The questions of the module's active quiz; empty when it has none. */
  public Optional<List<QuestionForm>> questions(String slug, String moduleSlug) {
    return quizEdits
        .source(slug, moduleSlug)
        .map(s -> s.questions().stream().map(QuestionForm::of).toList());
  }

  /** One question of the module's quiz. */
  public Optional<QuestionForm> question(String slug, String moduleSlug, String id) {
    return questions(slug, moduleSlug)
        .flatMap(all -> all.stream().filter(q -> q.id().equals(id)).findFirst());
  }

  /**
   * Saves {@code form}: in place of the question with its id, or at the end of the quiz when its id
   * is null. Empty when the quiz, or the question to replace, does not exist.
   */
  public Optional<Outcome> save(String slug, String moduleSlug, QuestionForm form, Long editorId) {
    Optional<QuizSource> stored = quizEdits.source(slug, moduleSlug);
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    List<QuestionForm> all =
        new ArrayList<>(stored.get().questions().stream().map(QuestionForm::of).toList());
    if (form.id() == null) {
      all.add(form.withId(newId()));
    } else {
      int at = indexOf(all, form.id());
      if (at < 0) {
        return Optional.empty();
      }
      all.set(at, form);
    }
    List<QuestionFormProblem> problems = QuestionFormProblem.of(form);
    if (!problems.isEmpty()) {
      return Optional.of(new Outcome(problems, null));
    }
    return Optional.of(
        new Outcome(List.of(), write(slug, moduleSlug, stored.get(), all, editorId)));
  }

  /** Removes the question {@code id}; empty when there is no such question. */
  public Optional<CheckedEdit.Saved> delete(
      String slug, String moduleSlug, String id, Long editorId) {
    Optional<QuizSource> stored = quizEdits.source(slug, moduleSlug);
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    List<QuestionForm> all =
        new ArrayList<>(stored.get().questions().stream().map(QuestionForm::of).toList());
    int at = indexOf(all, id);
    if (at < 0) {
      return Optional.empty();
    }
    all.remove(at);
    return Optional.of(write(slug, moduleSlug, stored.get(), all, editorId));
  }

  private CheckedEdit.Saved write(
      String slug, String moduleSlug, QuizSource stored, List<QuestionForm> all, Long editorId) {
    String yaml =
        QuizYaml.settings(stored.settings()) + "questions:\n" + QuizFormYaml.questions(all);
    return quizEdits.save(slug, moduleSlug, yaml, editorId);
  }

  private static int indexOf(List<QuestionForm> all, String id) {
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  /** A fresh id such as {@code q-3f9a1c2e}: random, so it never repeats a deleted question's. */
  private static String newId() {
    return "q-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
