package vn.hocsau.job.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

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
    List<?> rows =
        em.createNativeQuery(
                """
                SELECT charged_seconds, usage_wall_seconds, usage_cpu_seconds, usage_gpu_seconds,
                       payload -> 'submission' ->> 'text', payload -> 'submission' ->> 'fileName'
                FROM job WHERE id = :id
                """)
            .setParameter("id", jobId)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            o -> {
              Object[] r = (Object[]) o;
              return new Extras(
                  ((Number) r[0]).doubleValue(),
                  toDouble(r[1]),
                  toDouble(r[2]),
                  toDouble(r[3]),
                  (String) r[4],
                  (String) r[5]);
            });
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
  @SuppressWarnings("unchecked")
  List<HistoryRow> history(Long ownerId, int offset, int limit) {
    List<Object[]> rows =
        em.createNativeQuery(
                """
                SELECT id, kind, resource, state, error_class, queued_at, started_at, finished_at,
                       charged_seconds
                FROM job WHERE owner_id = :owner ORDER BY queued_at DESC, id DESC
                OFFSET :offset LIMIT :limit
                """)
            .setParameter("owner", ownerId)
            .setParameter("offset", offset)
            .setParameter("limit", limit)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new HistoryRow(
                    ((Number) r[0]).longValue(),
                    (String) r[1],
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    instant(r[5]),
                    instant(r[6]),
                    instant(r[7]),
                    ((Number) r[8]).doubleValue()))
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
  @SuppressWarnings("unchecked")
  List<EpochEvent> epochEvents(Collection<Long> jobIds) {
    if (jobIds.isEmpty()) {
      return List.of();
    }
    List<Object[]> rows =
        em.createNativeQuery(
                """
                SELECT e.job_id, e.seq, e.payload::text FROM job_event e
                JOIN job j ON j.id = e.job_id AND j.attempt = e.attempt
                WHERE e.job_id IN (:ids) AND e.type = 'epoch'
                ORDER BY e.job_id, e.seq
                """)
            .setParameter("ids", jobIds)
            .getResultList();
    return rows.stream()
        .map(
            r ->
                new EpochEvent(
                    ((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2]))
        .toList();
  }

  private static Double toDouble(Object value) {
    return value == null ? null : ((Number) value).doubleValue();
  }

  private static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Instant i) {
      return i;
    }
    if (value instanceof Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof java.time.OffsetDateTime o) {
      return o.toInstant();
    }
    throw new IllegalStateException("unexpected timestamp type " + value.getClass());
  }
}
