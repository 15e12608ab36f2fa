package vn.hocsau.course.learn;

import java.util.List;
import java.util.Optional;
import vn.hocsau.content.BilingualText;
import vn.hocsau.system.i18n.Language;

/** A published course with its active modules and lessons, as the learner pages need it. */
record CourseOutline(
    Long id,
    String slug,
    String titleVi,
    String titleEn,
    String summaryVi,
    String summaryEn,
    String level,
    int minutes,
    List<Module> modules) {

  /** An active module and its active lessons, in order; {@code hasQuiz} when it has a quiz. */
  record Module(
      Long id, String slug, String titleVi, String titleEn, List<Lesson> lessons, boolean hasQuiz) {
    String title(Language language) {
      return BilingualText.of(titleVi, titleEn).in(language);
    }
  }

  /**
   * An active lesson and what the pages need of its current version: titles, length, and which
   * languages it is written in ({@code versionId} names that version, whose content never changes).
   */
  record Lesson(
      Long id,
      String slug,
      String moduleSlug,
      String titleVi,
      String titleEn,
      int minutes,
      Long versionId,
      boolean inVi,
      boolean inEn) {
    String title(Language language) {
      return BilingualText.of(titleVi, titleEn).in(language);
    }

    boolean writtenIn(Language language) {
      return language == Language.EN ? inEn : inVi;
    }
  }

  String title(Language language) {
    return BilingualText.of(titleVi, titleEn).in(language);
  }

  String summary(Language language) {
    return BilingualText.of(summaryVi, summaryEn).in(language);
  }

  List<Lesson> lessons() {
    return modules.stream().flatMap(m -> m.lessons().stream()).toList();
  }

  List<Long> lessonIds() {
    return lessons().stream().map(Lesson::id).toList();
  }

  Optional<Lesson> lesson(String lessonSlug) {
    return lessons().stream().filter(l -> l.slug().equals(lessonSlug)).findFirst();
  }

  Optional<Lesson> lesson(Long lessonId) {
    return lessons().stream().filter(l -> l.id().equals(lessonId)).findFirst();
  }
}
