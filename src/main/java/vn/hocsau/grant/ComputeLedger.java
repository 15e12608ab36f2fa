package vn.hocsau.grant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * The SQL on {@code compute_use}: one row per job. Every change is conditional on the row's state
 * and keyed by the job, so a repeated event changes nothing.
 */
@ApplicationScoped
class ComputeLedger {

  @Inject EntityManager em;

  /** Serialises the quota checks of one learner until the transaction ends. */
  void lockLearner(long userId) {
    em.createNativeQuery(
            "SELECT pg_advisory_xact_lock(hashtextextended('compute-quota:' || :u, 0))")
        .setParameter("u", userId)
        .getResultList();
  }

  /**
   * GPU seconds the learner's jobs counted in {@code [from, to)} use: the estimate of a running
   * job, the charge of an ended one, nothing for a refunded one.
   */
  double used(long userId, Instant from, Instant to) {
    Object sum =
        em.createNativeQuery(
                """
                SELECT coalesce(sum(CASE state WHEN 'reserved' THEN reserved_seconds
                                               WHEN 'charged' THEN charged_seconds
                                               ELSE 0 END), 0)
                  FROM compute_use
                 WHERE user_id = :u AND counted_at >= :from AND counted_at < :to
                """)
            .setParameter("u", userId)
            .setParameter("from", Timestamp.from(from))
            .setParameter("to", Timestamp.from(to))
            .getSingleResult();
    return ((Number) sum).doubleValue();
  }

  /** Holds {@code seconds} for the job; a second reservation of the same job changes nothing. */
  void reserve(
      long jobId, long userId, long courseId, String resource, double seconds, Instant now) {
    em.createNativeQuery(
            """
            INSERT INTO compute_use
                   (job_id, user_id, course_id, resource, state, reserved_seconds, counted_at)
            VALUES (:j, :u, :c, :r, 'reserved', :s, :now)
            ON CONFLICT (job_id) DO NOTHING
            """)
        .setParameter("j", jobId)
        .setParameter("u", userId)
        .setParameter("c", courseId)
        .setParameter("r", resource)
        .setParameter("s", seconds)
        .setParameter("now", Timestamp.from(now))
        .executeUpdate();
  }

  /**
   * Records the job's charge, once: a reserved job becomes charged; a job that was never reserved
   * (queued by something other than a lab) gets a charged row counted now.
   */
  void charge(long jobId, long userId, String resource, double gpuSeconds, Instant now) {
    int changed =
        em.createNativeQuery(
                """
                UPDATE compute_use SET state = 'charged', charged_seconds = :s, settled_at = :now
                 WHERE job_id = :j AND state = 'reserved'
                """)
            .setParameter("j", jobId)
            .setParameter("s", gpuSeconds)
            .setParameter("now", Timestamp.from(now))
            .executeUpdate();
    if (changed == 0) {
      em.createNativeQuery(
              """
              INSERT INTO compute_use (job_id, user_id, resource, state, charged_seconds,
                                       counted_at, settled_at)
              VALUES (:j, :u, :r, 'charged', :s, :now, :now)
              ON CONFLICT (job_id) DO NOTHING
              """)
          .setParameter("j", jobId)
          .setParameter("u", userId)
          .setParameter("r", resource)
          .setParameter("s", gpuSeconds)
          .setParameter("now", Timestamp.from(now))
          .executeUpdate();
    }
  }

  /**
   * Settles a job that ended while still reserved: charged nothing when the job was charged 0 s,
   * refunded when its charge was waived.
   */
  void settle(long jobId, boolean charged, Instant now) {
    em.createNativeQuery(
            """
            UPDATE compute_use SET state = :state, charged_seconds = 0, settled_at = :now
             WHERE job_id = :j AND state = 'reserved'
            """)
        .setParameter("j", jobId)
        .setParameter("state", charged ? "charged" : "refunded")
        .setParameter("now", Timestamp.from(now))
        .executeUpdate();
  }

  /** Gives the job's use back, whatever it was; refunding twice changes nothing. */
  void refund(long jobId, Instant now) {
    em.createNativeQuery(
            """
            UPDATE compute_use SET state = 'refunded', settled_at = :now
             WHERE job_id = :j AND state <> 'refunded'
            """)
        .setParameter("j", jobId)
        .setParameter("now", Timestamp.from(now))
        .executeUpdate();
  }
}
