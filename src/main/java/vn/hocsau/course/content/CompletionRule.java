package vn.hocsau.course.content;

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
 * @param minQuizScore percent from 0 to 100, only with {@link Kind#LESSONS_AND_QUIZZES}
 */
public record CompletionRule(Kind kind, OptionalInt minQuizScore) {

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
}
