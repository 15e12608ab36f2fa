package vn.hocsau.course.progress;

/**
 * How far a learner is through a course by its completion rule.
 *
 * @param countsQuizzes whether the rule asks for passed quizzes as well as lessons done
 * @param quizScore the percent a quiz must reach by the course's rule, or -1 for each quiz's own
 *     pass mark
 * @param labsPassed graded labs (kind {@code lab} with a pass mark) passed, when quizzes count
 * @param labsTotal graded labs of the course, when quizzes count; 0 otherwise
 * @param percent the share of lessons done and (when counted) quizzes and labs passed, 0 to 100,
 *     rounded down so that 100 means completed
 * @param requirements the assessments the rule requires, met or not (empty when it requires none)
 * @param namesAssessments whether the rule names its quizzes and labs (rather than "every")
 */
public record Completion(
    int lessonsDone,
    int lessonsTotal,
    boolean countsQuizzes,
    int quizzesPassed,
    int quizzesTotal,
    int quizScore,
    int labsPassed,
    int labsTotal,
    int percent,
    boolean completed,
    java.util.List<Requirement> requirements,
    boolean namesAssessments) {

  /** The completion of these counts, in a course without graded labs. */
  public static Completion of(
      int lessonsDone,
      int lessonsTotal,
      boolean countsQuizzes,
      int quizzesPassed,
      int quizzesTotal,
      int quizScore) {
    return of(
        lessonsDone, lessonsTotal, countsQuizzes, quizzesPassed, quizzesTotal, quizScore, 0, 0);
  }

  /**
   * The completion of these counts; a course with nothing to do is never completed. Passed labs
   * count like passed quizzes: only when the rule asks for assessments ({@code
   * lessons-and-quizzes}).
   */
  public static Completion of(
      int lessonsDone,
      int lessonsTotal,
      boolean countsQuizzes,
      int quizzesPassed,
      int quizzesTotal,
      int quizScore,
      int labsPassed,
      int labsTotal) {
    int done = lessonsDone + (countsQuizzes ? quizzesPassed + labsPassed : 0);
    int total = lessonsTotal + (countsQuizzes ? quizzesTotal + labsTotal : 0);
    boolean completed = total > 0 && done >= total;
    int percent = total == 0 ? 0 : completed ? 100 : Math.min(99, done * 100 / total);
    return new Completion(
        lessonsDone,
        lessonsTotal,
        countsQuizzes,
        quizzesPassed,
        quizzesTotal,
        quizScore,
        countsQuizzes ? labsPassed : 0,
        countsQuizzes ? labsTotal : 0,
        percent,
        completed,
        java.util.List.of(),
        false);
  }

  /** This completion with the detail of its required assessments. */
  public Completion withRequirements(java.util.List<Requirement> required, boolean named) {
    return new Completion(
        lessonsDone,
        lessonsTotal,
        countsQuizzes,
        quizzesPassed,
        quizzesTotal,
        quizScore,
        labsPassed,
        labsTotal,
        percent,
        completed,
        java.util.List.copyOf(required),
        named);
  }

  /** The required assessments not met yet, for "what is still missing". */
  public java.util.List<Requirement> missing() {
    return requirements.stream().filter(r -> !r.met()).toList();
  }

  /** How many lessons are still to be marked done. */
  public int lessonsLeft() {
    return Math.max(0, lessonsTotal - lessonsDone);
  }

  /** Whether the learner has started: any lesson done or quiz passed. */
  public boolean started() {
    return lessonsDone > 0 || quizzesPassed > 0 || labsPassed > 0;
  }
}
