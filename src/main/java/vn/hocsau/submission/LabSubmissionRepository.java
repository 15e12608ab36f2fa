package vn.hocsau.submission;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.hocsau.grading.Scores;
import vn.hocsau.system.db.SqlRow;

/** Queries on {@link LabSubmission}. */
@ApplicationScoped
public class LabSubmissionRepository implements PanacheRepository<LabSubmission> {

  /**
   * Serialises one learner's submissions to one lab, so that two at once cannot both pass the daily
   * limit or both use one idempotency key.
   */
  void lock(Long labId, Long userId) {
    getEntityManager()
        .createNativeQuery("SELECT pg_advisory_xact_lock(hashtext('lab-submit'), hashtext(:k))")
        .setParameter("k", labId + ":" + userId)
        .getSingleResult();
  }

  Optional<LabSubmission> byKey(Long labId, Long userId, String key) {
    return find("labId = ?1 and userId = ?2 and idempotencyKey = ?3", labId, userId, key)
        .firstResultOptional();
  }

  long chargedSince(Long labId, Long userId, Instant since) {
    return count(
        "labId = ?1 and userId = ?2 and charged = true and createdAt >= ?3", labId, userId, since);
  }

  /** Marks a submission final or not, bumping its {@code @Version} as an entity write would. */
  void setSelected(long submissionId, boolean selected) {
    getEntityManager()
        .createNativeQuery(
            "UPDATE lab_submission SET selected_final = ?1, version = version + 1 WHERE id = ?2")
        .setParameter(1, selected)
        .setParameter(2, submissionId)
        .executeUpdate();
  }

  List<LabSubmission> of(Long labId, Long userId) {
    return list("labId = ?1 and userId = ?2 order by createdAt desc, id desc", labId, userId);
  }

  List<LabSubmission> ofLab(Long labId) {
    return list("labId = ?1 order by id", labId);
  }

  Optional<LabSubmission> byJob(Long jobId) {
    return find("jobId", jobId).firstResultOptional();
  }

  /**
   * The PENDING submission of the job, locked until the transaction ends; empty when there is none,
   * or, with {@code skipLocked}, when another transaction holds it. A waiting lock sees the row as
   * its holder left it, so a submission that was settled meanwhile is not returned.
   */
  Optional<LabSubmission> lockPendingByJob(Long jobId, boolean skipLocked) {
    List<?> ids =
        getEntityManager()
            .createNativeQuery(
                "SELECT id FROM lab_submission WHERE job_id = :job AND status = 'PENDING'"
                    + " FOR UPDATE"
                    + (skipLocked ? " SKIP LOCKED" : ""))
            .setParameter("job", jobId)
            .getResultList();
    return ids.stream().findFirst().map(id -> findById(((Number) id).longValue()));
  }

  /** A PENDING training submission and its job. */
  record PendingJob(long submissionId, long jobId) {}

  /**
   * Training submissions still PENDING that were made before {@code before}, in id order from after
   * {@code afterId}: the sweep's candidates, read without locks.
   */
  List<PendingJob> pendingJobs(Instant before, long afterId, int limit) {
    return SqlRow.all(
            SqlRow.query(
                    getEntityManager(),
                    """
                    SELECT id, job_id FROM lab_submission
                     WHERE status = 'PENDING' AND job_id IS NOT NULL AND created_at < :before
                       AND id > :after
                     ORDER BY id LIMIT :limit
                    """)
                .setParameter("before", java.sql.Timestamp.from(before))
                .setParameter("after", afterId)
                .setParameter("limit", limit))
        .stream()
        .map(r -> new PendingJob(r.longValue("id"), r.longValue("job_id")))
        .toList();
  }

  /** Records in {@code lab_score_audit} that a re-score changed the scores of {@code s}. */
  void auditScoreChange(LabSubmission s, Scores scores, Long adminId, Instant at) {
    getEntityManager()
        .createNativeQuery(
            "INSERT INTO lab_score_audit (submission_id, old_public, old_private, new_public,"
                + " new_private, changed_by, changed_at) VALUES (:s, :op, :opr, :np, :npr, :by, :t)")
        .setParameter("s", s.id)
        .setParameter("op", s.publicScore)
        .setParameter("opr", s.privateScore)
        .setParameter("np", scores.publicScore())
        .setParameter("npr", scores.privateScore())
        .setParameter("by", adminId)
        .setParameter("t", at)
        .executeUpdate();
  }
}
