package vn.hocsau.content;

import java.util.List;
import java.util.OptionalInt;

/**
 * When a learner has completed a course, from {@code completion:} in {@code course.yaml}.
 *
 * <ul>
 *   <li>{@code all-lessons} (the default): every lesson is marked done.
 *   <li>{@code lessons-and-quizzes}: every lesson is done and every module quiz is passed. With
 *       {@code min_quiz_score: N} a quiz counts once its best score reaches N percent; without it,
 *       each quiz's own {@code pass_mark} applies.
 * </ul>
 *
 * <p>A rule may also name its assessments: {@code quizzes} (module quizzes, each with an optional
 * {@code min_score}) and {@code labs} (lab slugs, passed). Named lists replace "every quiz" and
 * "every graded lab" of {@code lessons-and-quizzes}, and add to {@code all-lessons}. {@code
 * version} is the course version printed on certificates: one certificate per learner per version.
 *
 * @param minQuizScore percent from 0 to 100, only with {@link Kind#LESSONS_AND_QUIZZES}
 * @param version the course version certificates name, 1 unless the file says otherwise
 * @param quizzes the named required quizzes, in file order; empty when none are named
 * @param labs the slugs of the named required labs, in file order; empty when none are named
 */
public record CompletionRule(
    Kind kind,
    OptionalInt minQuizScore,
    int version,
    List<RequiredQuiz> quizzes,
    List<String> labs) {

  /** A rule that names no assessments, at version 1. */
  public CompletionRule(Kind kind, OptionalInt minQuizScore) {
    this(kind, minQuizScore, 1, List.of(), List.of());
  }

  /**
   * A module quiz the rule requires.
   *
   * @param minScore percent its best score must reach; empty: the rule's {@code min_quiz_score},
   *     else the quiz's own pass mark
   */
  public record RequiredQuiz(String module, OptionalInt minScore) {}

  /** The rules an author can choose. */
  public enum Kind {
    ALL_LESSONS("all-lessons"),
    LESSONS_AND_QUIZZES("lessons-and-quizzes");

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    /** The word used in {@code course.yaml}. */
    public String code() {
      return code;
    }
  }

  /** The rule when a course says nothing. */
  public static CompletionRule allLessons() {
    return new CompletionRule(Kind.ALL_LESSONS, OptionalInt.empty());
  }

  /** Whether the rule names its quizzes or labs rather than counting all of them. */
  public boolean namesAssessments() {
    return !quizzes.isEmpty() || !labs.isEmpty();
  }
}
