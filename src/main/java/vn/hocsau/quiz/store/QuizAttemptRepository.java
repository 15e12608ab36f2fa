package vn.hocsau.quiz.store;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Queries on {@link QuizAttempt}. */
@ApplicationScoped
public class QuizAttemptRepository implements PanacheRepository<QuizAttempt> {

  /** Serialises one learner's submissions to one quiz until the transaction ends. */
  public void lock(Long userId, Long quizId) {
    getEntityManager()
        .createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('quiz:' || :u || ':' || :q))")
        .setParameter("u", userId)
        .setParameter("q", quizId)
        .getSingleResult();
  }

  /** How many attempts the learner has used on the quiz. */
  public int countOf(Long userId, Long quizId) {
    return (int) count("userId = ?1 and quizId = ?2", userId, quizId);
  }

  /** The attempt recorded for this submission key, if any. */
  public Optional<QuizAttempt> bySubmission(Long userId, Long quizId, String key) {
    return find("userId = ?1 and quizId = ?2 and submissionKey = ?3", userId, quizId, key)
        .firstResultOptional();
  }

  /** The learner's attempts at any of {@code quizIds}. */
  public List<QuizAttempt> ofUser(Long userId, List<Long> quizIds) {
    if (quizIds.isEmpty()) {
      return List.of();
    }
    return list("userId = ?1 and quizId in ?2", userId, quizIds);
  }

  /**
   * Records {@code a} unless its submission key is already recorded; returns the attempt stored
   * under that key either way, so a repeated submission yields the first one.
   */
  public QuizAttempt recordOnce(QuizAttempt a) {
    getEntityManager()
        .createNativeQuery(
            "INSERT INTO quiz_attempt (user_id, quiz_id, attempt_number, submission_key,"
                + " answers_json, scores_json, score, percent, passed, created_at)"
                + " VALUES (:u, :q, :n, :k, :a, :s, :score, :pct, :passed, :at)"
                + " ON CONFLICT (user_id, quiz_id, submission_key) DO NOTHING")
        .setParameter("u", a.userId)
        .setParameter("q", a.quizId)
        .setParameter("n", a.attemptNumber)
        .setParameter("k", a.submissionKey)
        .setParameter("a", a.answersJson)
        .setParameter("s", a.scoresJson)
        .setParameter("score", a.score)
        .setParameter("pct", a.percent)
        .setParameter("passed", a.passed)
        .setParameter("at", a.createdAt)
        .executeUpdate();
    return bySubmission(a.userId, a.quizId, a.submissionKey).orElseThrow();
  }
}
