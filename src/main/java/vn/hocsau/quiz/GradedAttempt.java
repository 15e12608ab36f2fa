package vn.hocsau.quiz;

import java.util.List;
import java.util.Optional;

/**
 * A graded submission: per question, in the quiz's order, and in total.
 *
 * @param quizId the quiz
 * @param questions one result per question of the quiz
 * @param score the points earned
 * @param maxScore the points available
 * @param percent {@code score / maxScore × 100}
 * @param passed whether {@code percent} reaches the quiz's pass mark
 */
public record GradedAttempt(
    String quizId,
    List<GradedQuestion> questions,
    double score,
    double maxScore,
    double percent,
    boolean passed) {

  /** Copies the per-question results. */
  public GradedAttempt {
    questions = List.copyOf(questions);
  }

  /** The result for question {@code id}. */
  public Optional<GradedQuestion> question(String id) {
    return questions.stream().filter(q -> q.questionId().equals(id)).findFirst();
  }

  /** Whether any answer could not be read, so a page may ask the learner to fix it first. */
  public boolean hasProblems() {
    return questions.stream().anyMatch(q -> q.problem().isPresent());
  }
}
