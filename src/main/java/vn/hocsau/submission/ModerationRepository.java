package vn.hocsau.submission;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import vn.hocsau.submission.SubmissionModeration.Action;
import vn.hocsau.system.db.SqlRow;

/**
 * The moderation audit trail, {@code lab_submission_moderation}: written once, read newest first.
 */
@ApplicationScoped
public class ModerationRepository {

  @Inject EntityManager em;

  /** Keeps that {@code moderatorId} did {@code action} to a submission of the lab, and why. */
  void record(
      long labId, long submissionId, Action action, String reason, long moderatorId, Instant at) {
    em.createNativeQuery(
            "INSERT INTO lab_submission_moderation (submission_id, lab_id, action, reason,"
                + " actor_id, acted_at) VALUES (:s, :l, :a, :r, :by, :t)")
        .setParameter("s", submissionId)
        .setParameter("l", labId)
        .setParameter("a", action.name())
        .setParameter("r", reason)
        .setParameter("by", moderatorId)
        .setParameter("t", Timestamp.from(at))
        .executeUpdate();
  }

  /** The lab's moderation history, newest first, at most {@code limit} rows. */
  List<SubmissionModeration.Record> history(long labId, int limit) {
    return SqlRow.all(
            SqlRow.query(
                    em,
                    """
                    SELECT m.submission_id, u.display_name AS learner, m.action, m.reason,
                           a.display_name AS moderator, m.acted_at
                      FROM lab_submission_moderation m
                      JOIN lab_submission s ON s.id = m.submission_id
                      JOIN app_user u ON u.id = s.user_id
                      LEFT JOIN app_user a ON a.id = m.actor_id
                     WHERE m.lab_id = :l
                     ORDER BY m.acted_at DESC, m.id DESC
                     LIMIT :n
                    """)
                .setParameter("l", labId)
                .setParameter("n", limit))
        .stream()
        .map(
            r ->
                new SubmissionModeration.Record(
                    r.longValue("submission_id"),
                    r.string("learner"),
                    Action.valueOf(r.string("action")),
                    r.string("reason"),
                    r.string("moderator"),
                    r.instant("acted_at")))
        .toList();
  }
}
