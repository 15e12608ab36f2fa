package vn.hocsau.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** Rows of {@code job_event}; a retried event (same job, attempt and seq) is ignored. */
@ApplicationScoped
public class JobEventRepository {

  @Inject EntityManager em;

  /** Stores one event unless its seq is already stored; returns whether it was new. */
  boolean insert(Long jobId, int attempt, long seq, String type, String json, Instant now) {
    return em.createNativeQuery(
                """
                INSERT INTO job_event (job_id, attempt, seq, type, payload, created_at)
                VALUES (:job, :attempt, :seq, :type, CAST(:payload AS jsonb), :now)
                ON CONFLICT (job_id, attempt, seq) DO NOTHING
                """)
            .setParameter("job", jobId)
            .setParameter("attempt", attempt)
            .setParameter("seq", seq)
            .setParameter("type", type)
            .setParameter("payload", json)
            .setParameter("now", Timestamp.from(now))
            .executeUpdate()
        == 1;
  }

  /** Events of the attempt stored after {@code since}, and in all: {@code [recent, total]}. */
  long[] count(Long jobId, int attempt, Instant since) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    """
                    SELECT count(*) FILTER (WHERE created_at > :since), count(*)
                    FROM job_event WHERE job_id = :job AND attempt = :attempt
                    """)
                .setParameter("since", Timestamp.from(since))
                .setParameter("job", jobId)
                .setParameter("attempt", attempt)
                .getSingleResult();
    return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
  }

  /** The attempt's events with a seq above {@code afterSeq}, in order. */
  @SuppressWarnings("unchecked")
  List<JobEventView> list(Long jobId, int attempt, long afterSeq) {
    List<Object[]> rows =
        em.createNativeQuery(
                """
                SELECT seq, type, payload::text FROM job_event
                WHERE job_id = :job AND attempt = :attempt AND seq > :after ORDER BY seq
                """)
            .setParameter("job", jobId)
            .setParameter("attempt", attempt)
            .setParameter("after", afterSeq)
            .getResultList();
    return rows.stream()
        .map(r -> new JobEventView(((Number) r[0]).longValue(), (String) r[1], (String) r[2]))
        .toList();
  }
}
