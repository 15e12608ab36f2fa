package vn.hocsau.course.content;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks that the quizzes and labs a completion rule names exist in the course folder, so that a
 * typo cannot make a course impossible to complete.
 */
final class RequiredAssessmentCheck {

  private RequiredAssessmentCheck() {}

  static void check(
      CourseHeader header,
      Path courseDir,
      java.util.List<ModuleSource> modules,
      Problems problems) {
    int line = 1;
    for (CompletionRule.RequiredQuiz quiz : header.completion().quizzes()) {
      boolean found =
          modules.stream().anyMatch(m -> m.slug().equals(quiz.module()) && m.quiz().isPresent());
      if (!found) {
        problems.error(
            header.file(),
            line,
            "completion names the quiz of module '"
                + quiz.module()
                + "', but no module of that slug has a quiz");
      }
    }
    for (String lab : header.completion().labs()) {
      if (!Files.isRegularFile(courseDir.resolve("labs").resolve(lab).resolve("lab.yaml"))) {
        problems.error(
            header.file(),
            line,
            "completion names lab '" + lab + "', but labs/" + lab + " has no lab.yaml");
      }
    }
  }
}
