package vn.hocsau.course.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hocsau.system.db.SqlRow;

/** The aggregate queries behind the instructor's course dashboard. */
@ApplicationScoped
class DashboardQueries {

  @Inject EntityManager em;

  /** Enrolments per ISO week (Monday, UTC) of the course, oldest first. */
  Map<LocalDate, Long> enrolmentsPerWeek(Long courseId) {
    Map<LocalDate, Long> weeks = new LinkedHashMap<>();
    SqlRow.all(
            SqlRow.query(
                    em,
                    "SELECT CAST(date_trunc('week', enrolled_at AT TIME ZONE 'UTC') AS date) AS week,"
                        + " count(*) AS enrolments"
                        + " FROM enrolment WHERE course_id = :id GROUP BY 1 ORDER BY 1")
                .setParameter("id", courseId))
        .forEach(r -> weeks.put(r.date("week"), r.longValue("enrolments")));
    return weeks;
  }

  /** How many different learners ever enrolled in the course. */
  long learners(Long courseId) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT count(DISTINCT user_id) FROM enrolment WHERE course_id = :id")
                .setParameter("id", courseId)
                .getSingleResult())
        .longValue();
  }

  /** Learner id → how many of {@code lessonIds} they marked done (learners with at least one). */
  Map<Long, Long> lessonsDone(List<Long> lessonIds) {
    Map<Long, Long> done = new LinkedHashMap<>();
    if (lessonIds.isEmpty()) {
      return done;
    }
    SqlRow.all(
            SqlRow.query(
                    em,
                    "SELECT user_id, count(*) AS done FROM lesson_progress"
                        + " WHERE lesson_id IN (:ids) GROUP BY user_id")
                .setParameter("ids", lessonIds))
        .forEach(r -> done.put(r.longValue("user_id"), r.longValue("done")));
    return done;
  }

  /** How many learners passed the quiz in at least one attempt. */
  long passedQuiz(Long quizId) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT count(DISTINCT user_id) FROM quiz_attempt WHERE quiz_id = :q AND passed")
                .setParameter("q", quizId)
                .getSingleResult())
        .longValue();
  }

  /**
   * The scores JSON of each learner's first attempt at the quiz: item analysis counts one answer
   * per learner, given before any answer was revealed.
   */
  @SuppressWarnings("unchecked")
  List<String> firstAttemptScores(Long quizId) {
    return em.createNativeQuery(
            "SELECT DISTINCT ON (user_id) scores_json FROM quiz_attempt WHERE quiz_id = :q"
                + " ORDER BY user_id, attempt_number")
        .setParameter("q", quizId)
        .getResultList();
  }
}
