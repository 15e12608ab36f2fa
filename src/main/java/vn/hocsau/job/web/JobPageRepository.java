package vn.hocsau.job.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.hocsau.system.db.SqlRow;

/**
 * The reads behind the learner's job pages that the queue itself never needs: charges, history, run
 * times and the training curves of several jobs at once.
 */
@ApplicationScoped
public class JobPageRepository {

  @Inject EntityManager em;

  /** What a job used and cost, and the submission it trained (from its payload). */
  record Extras(
      double chargedSeconds,
      boolean chargeWaived,
      Double wallSeconds,
      Double cpuSeconds,
      Double gpuSeconds,
      String submissionText,
      String submissionFile) {}

  /** One row of the history. */
  record HistoryRow(
      Long id,
      String kind,
      String resource,
      String state,
      String errorClass,
      Instant queuedAt,
      Instant startedAt,
      Instant finishedAt,
      double chargedSeconds) {}

  /** An epoch event of a job's current attempt. */
  record EpochEvent(Long jobId, long seq, String json) {}

  Optional<Extras> extras(Long jobId) {
    return Optional.ofNullable(
            SqlRow.first(
                SqlRow.query(
                        em,
                        """
                        SELECT charged_seconds, charge_waived, usage_wall_seconds,
                               usage_cpu_seconds,
                               usage_gpu_seconds,
                               payload -> 'submission' ->> 'text' AS submission_text,
                               payload -> 'submission' ->> 'fileName' AS submission_file
                        FROM job WHERE id = :id
                        """)
                    .setParameter("id", jobId)))
        .map(
            r ->
                new Extras(
                    r.doubleValue("charged_seconds"),
                    Boolean.TRUE.equals(r.bool("charge_waived")),
                    r.nullableDouble("usage_wall_seconds"),
                    r.nullableDouble("usage_cpu_seconds"),
                    r.nullableDouble("usage_gpu_seconds"),
                    r.string("submission_text"),
                    r.string("submission_file")));
  }

  /** Run times in seconds of the last {@code limit} succeeded jobs of this kind and resource. */
  @SuppressWarnings("unchecked")
  List<Double> recentDurations(String kind, String resource, int limit) {
    List<Object> rows =
        em.createNativeQuery(
                """
                SELECT extract(epoch FROM finished_at - started_at) FROM job
                WHERE state = 'SUCCEEDED' AND kind = :kind AND resource = :resource
                  AND started_at IS NOT NULL AND finished_at >= started_at
                ORDER BY finished_at DESC LIMIT :limit
                """)
            .setParameter("kind", kind)
            .setParameter("resource", resource)
            .setParameter("limit", limit)
            .getResultList();
    return rows.stream().map(v -> ((Number) v).doubleValue()).toList();
  }

  /** Jobs of this resource that a runner finished (ran, then ended) since {@code since}. */
  long finishedSince(String resource, Instant since) {
    return ((Number)
            em.createNativeQuery(
                    """
                    SELECT count(*) FROM job
                    WHERE resource = :resource AND finished_at > :since AND started_at IS NOT NULL
                    """)
                .setParameter("resource", resource)
                .setParameter("since", Timestamp.from(since))
                .getSingleResult())
        .longValue();
  }

  /** One page of a learner's jobs, newest first. */
  List<HistoryRow> history(Long ownerId, int offset, int limit) {
    return SqlRow.all(
            SqlRow.query(
                    em,
                    """
                    SELECT id, kind, resource, state, error_class, queued_at, started_at,
                           finished_at, charged_seconds
                    FROM job WHERE owner_id = :owner ORDER BY queued_at DESC, id DESC
                    OFFSET :offset LIMIT :limit
                    """)
                .setParameter("owner", ownerId)
                .setParameter("offset", offset)
                .setParameter("limit", limit))
        .stream()
        .map(
            r ->
                new HistoryRow(
                    r.longValue("id"),
                    r.string("kind"),
                    r.string("resource"),
                    r.string("state"),
                    r.string("error_class"),
                    r.instant("queued_at"),
                    r.instant("started_at"),
                    r.instant("finished_at"),
                    r.doubleValue("charged_seconds")))
        .toList();
  }

  /** How many jobs the learner has. */
  long count(Long ownerId) {
    return ((Number)
            em.createNativeQuery("SELECT count(*) FROM job WHERE owner_id = :owner")
                .setParameter("owner", ownerId)
                .getSingleResult())
        .longValue();
  }

  /** Seconds charged to the learner for jobs finished since {@code since}. */
  double chargedSince(Long ownerId, Instant since) {
    return ((Number)
            em.createNativeQuery(
                    """
                    SELECT coalesce(sum(charged_seconds), 0) FROM job
                    WHERE owner_id = :owner AND finished_at >= :since
                    """)
                .setParameter("owner", ownerId)
                .setParameter("since", Timestamp.from(since))
                .getSingleResult())
        .doubleValue();
  }

  /** The epoch events of these jobs' current attempts, by job and seq. */
  List<EpochEvent> epochEvents(Collection<Long> jobIds) {
    if (jobIds.isEmpty()) {
      return List.of();
    }
    return SqlRow.all(
            SqlRow.query(
                    em,
                    """
                    SELECT e.job_id, e.seq, e.payload::text AS payload FROM job_event e
                    JOIN job j ON j.id = e.job_id AND j.attempt = e.attempt
                    WHERE e.job_id IN (:ids) AND e.type = 'epoch'
                    ORDER BY e.job_id, e.seq
                    """)
                .setParameter("ids", jobIds))
        .stream()
        .map(r -> new EpochEvent(r.longValue("job_id"), r.longValue("seq"), r.string("payload")))
        .toList();
  }
}
