package vn.hocsau.quiz.editor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import vn.hocsau.content.BilingualText;
import vn.hocsau.course.Courses;
import vn.hocsau.quiz.Quiz;
import vn.hocsau.quiz.gift.GiftWriter;
import vn.hocsau.quiz.store.ModuleQuizRepository;
import vn.hocsau.quiz.store.QuizFromSource;
import vn.hocsau.quiz.store.QuizSourceJson;
import vn.hocsau.system.i18n.Language;

/** A module's quiz as GIFT (Moodle's quiz text format), in one language: GIFT holds one. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class QuizGiftExport {

  @Inject Courses courses;
  @Inject ModuleQuizRepository quizzes;

  /** The GIFT text of the active quiz of the module; empty when there is none. */
  public Optional<String> gift(String slug, String moduleSlug, Language language) {
    return courses
        .findBySlug(slug)
        .flatMap(c -> quizzes.activeOf(c.id, moduleSlug))
        .map(
            row -> {
              Quiz quiz =
                  QuizFromSource.map(
                      moduleSlug,
                      BilingualText.same(moduleSlug),
                      QuizSourceJson.read(row.sourceJson));
              return new GiftWriter(language).write(quiz.questions());
            });
  }
}
