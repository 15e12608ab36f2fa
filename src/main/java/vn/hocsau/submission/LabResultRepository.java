package vn.hocsau.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import vn.hocsau.lab.Lab;
import vn.hocsau.system.db.SqlRow;

/**
 * Passes of labs ({@code lab_result}, one row per learner and lab) and what the gradebook reads
 * with them. A pass keeps the best public score that reached the lab's pass mark, in the direction
 * of the lab's metric; the SQL takes the direction from {@link Lab#higherIsBetter}.
 */
@ApplicationScoped
public class LabResultRepository {

  /**
   * A learner's standing in one lab.
   *
   * @param best the best public score of their SCORED submissions that are not disqualified, or
   *     null when they have none
   * @param passed whether they passed the lab
   */
  public record Standing(Double best, boolean passed) {}

  /**
   * A recorded pass of a lab.
   *
   * @param best the best passing public score
   * @param at when the pass was recorded
   */
  public record Pass(double best, Instant at) {}

  @Inject EntityManager em;

  /** The learner's recorded pass of the lab, or null when they have not passed it. */
  Pass pass(Lab lab, long userId) {
    SqlRow r =
        SqlRow.first(
            SqlRow.query(
                    em,
                    "SELECT best_score, passed_at FROM lab_result WHERE lab_id = :l AND user_id = :u")
                .setParameter("l", lab.id)
                .setParameter("u", userId));
    return r == null ? null : new Pass(r.doubleValue("best_score"), r.instant("passed_at"));
  }

  /** Records a pass with {@code score}, keeping an earlier one that was better. */
  void keepBest(Lab lab, long userId, double score, long submissionId, Instant at) {
    String better = lab.higherIsBetter ? ">" : "<";
    em.createNativeQuery(
            "INSERT INTO lab_result (user_id, lab_id, best_score, submission_id, passed_at)"
                + " VALUES (:u, :l, :s, :id, :t) ON CONFLICT (user_id, lab_id) DO UPDATE"
                + " SET best_score = EXCLUDED.best_score, submission_id = EXCLUDED.submission_id"
                + " WHERE EXCLUDED.best_score "
                + better
                + " lab_result.best_score")
        .setParameter("u", userId)
        .setParameter("l", lab.id)
        .setParameter("s", score)
        .setParameter("id", submissionId)
        .setParameter("t", at)
        .executeUpdate();
  }

  /**
   * Recomputes the learner's pass from their SCORED submissions that are not disqualified: the best
   * one reaching the pass mark, or no pass at all.
   */
  void recompute(Lab lab, long userId) {
    em.createNativeQuery("DELETE FROM lab_result WHERE user_id = :u AND lab_id = :l")
        .setParameter("u", userId)
        .setParameter("l", lab.id)
        .executeUpdate();
    if (lab.passMark == null) {
      return;
    }
    String reaches = lab.higherIsBetter ? ">=" : "<=";
    String order = lab.higherIsBetter ? "DESC" : "ASC";
    em.createNativeQuery(
            "INSERT INTO lab_result (user_id, lab_id, best_score, submission_id, passed_at)"
                + " SELECT user_id, lab_id, public_score, id, coalesce(scored_at, created_at)"
                + " FROM lab_submission WHERE user_id = :u AND lab_id = :l AND status = 'SCORED'"
                + " AND disqualified_at IS NULL AND public_score "
                + reaches
                + " :mark ORDER BY public_score "
                + order
                + ", created_at, id LIMIT 1")
        .setParameter("u", userId)
        .setParameter("l", lab.id)
        .setParameter("mark", lab.passMark)
        .executeUpdate();
  }

  /** The learner's best score in the lab and whether they passed it. */
  Standing standing(Lab lab, long userId) {
    String agg = lab.higherIsBetter ? "max" : "min";
    SqlRow r =
        SqlRow.first(
            SqlRow.query(
                    em,
                    "SELECT (SELECT "
                        + agg
                        + "(public_score) FROM lab_submission WHERE lab_id = :l AND user_id = :u"
                        + " AND status = 'SCORED' AND disqualified_at IS NULL) AS best,"
                        + " EXISTS (SELECT 1 FROM lab_result WHERE lab_id = :l AND user_id = :u)"
                        + " AS passed")
                .setParameter("l", lab.id)
                .setParameter("u", userId));
    return new Standing(r.nullableDouble("best"), r.bool("passed"));
  }

  /** How many published labs of the course the learner has passed. */
  long passedCount(long userId, long courseId) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT count(*) FROM lab_result r JOIN lab l ON l.id = r.lab_id"
                        + " WHERE r.user_id = :u AND l.course_id = :c AND l.published")
                .setParameter("u", userId)
                .setParameter("c", courseId)
                .getSingleResult())
        .longValue();
  }
}
