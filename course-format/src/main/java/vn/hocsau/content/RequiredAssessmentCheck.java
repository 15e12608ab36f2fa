package vn.hocsau.content;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Checks that the quizzes and labs a completion rule names exist in the course folder, so that a
 * typo cannot make a course impossible to complete.
 */
final class RequiredAssessmentCheck {

  private RequiredAssessmentCheck() {}

  static void check(
      CourseHeader header, Path courseDir, List<ModuleSource> modules, Problems problems) {
    List<CompletionRule.RequiredQuiz> quizzes = header.completion().quizzes();
    for (int i = 0; i < quizzes.size(); i++) {
      CompletionRule.RequiredQuiz quiz = quizzes.get(i);
      boolean found =
          modules.stream().anyMatch(m -> m.slug().equals(quiz.module()) && m.quiz().isPresent());
      if (!found) {
        problems.error(
            header.file(),
            header.requiredLines().quiz(i),
            "completion names the quiz of module '"
                + quiz.module()
                + "', but no module of that slug has a quiz");
      }
    }
    List<String> labs = header.completion().labs();
    for (int i = 0; i < labs.size(); i++) {
      String lab = labs.get(i);
      if (!Files.isRegularFile(courseDir.resolve("labs").resolve(lab).resolve("lab.yaml"))) {
        problems.error(
            header.file(),
            header.requiredLines().lab(i),
            "completion names lab '" + lab + "', but labs/" + lab + " has no lab.yaml");
      }
    }
  }
}
