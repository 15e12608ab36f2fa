package vn.hocsau.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import vn.hocsau.system.db.SqlRow;

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

  /** How many events an attempt has: stored after a moment ({@code recent}), and in all. */
  record EventCounts(long recent, long total) {}

  /** Events of the attempt stored after {@code since}, and in all. */
  EventCounts count(Long jobId, int attempt, Instant since) {
    SqlRow row =
        SqlRow.first(
            SqlRow.query(
                    em,
                    """
                    SELECT count(*) FILTER (WHERE created_at > :since) AS recent, count(*) AS total
                    FROM job_event WHERE job_id = :job AND attempt = :attempt
                    """)
                .setParameter("since", Timestamp.from(since))
                .setParameter("job", jobId)
                .setParameter("attempt", attempt));
    return new EventCounts(row.longValue("recent"), row.longValue("total"));
  }

  /** The attempt's events with a seq above {@code afterSeq}, in order. */
  List<JobEventView> list(Long jobId, int attempt, long afterSeq) {
    return SqlRow.all(
            SqlRow.query(
                    em,
                    """
                    SELECT seq, type, payload::text AS payload FROM job_event
                    WHERE job_id = :job AND attempt = :attempt AND seq > :after ORDER BY seq
                    """)
                .setParameter("job", jobId)
                .setParameter("attempt", attempt)
                .setParameter("after", afterSeq))
        .stream()
        .map(r -> new JobEventView(r.longValue("seq"), r.string("type"), r.string("payload")))
        .toList();
  }
}
