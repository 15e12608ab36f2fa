package vn.hocsau.e2e;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the reliability tests read from the job tables, each in its own transaction. */
@ApplicationScoped
class JobRecords {

  @Inject EntityManager em;

  /** Where a job stands. */
  record JobRow(String state, int attempt) {}

  @Transactional
  JobRow job(long id) {
    Object[] row =
        (Object[])
            em.createNativeQuery("SELECT state, attempt FROM job WHERE id = ?1")
                .setParameter(1, id)
                .getSingleResult();
    return new JobRow((String) row[0], ((Number) row[1]).intValue());
  }

  /** The job's error class and message, for failure messages. */
  @Transactional
  String verdict(long id) {
    Object[] row =
        (Object[])
            em.createNativeQuery("SELECT error_class, message FROM job WHERE id = ?1")
                .setParameter(1, id)
                .getSingleResult();
    return "job " + id + ": " + row[0] + " " + row[1];
  }

  @Transactional
  Object lastEpochSeconds(long jobId, int attempt) {
    return em.createNativeQuery(
            "SELECT max((payload ->> 'elapsedSeconds')::float) FROM job_event"
                + " WHERE job_id = ?1 AND attempt = ?2 AND type = 'epoch'")
        .setParameter(1, jobId)
        .setParameter(2, attempt)
        .getSingleResult();
  }

  long epochEvents(long jobId, int attempt) {
    return events(jobId, attempt, "epoch");
  }

  @Transactional
  long events(long jobId, int attempt, String type) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT count(*) FROM job_event WHERE job_id = ?1 AND attempt = ?2"
                        + " AND type = ?3")
                .setParameter(1, jobId)
                .setParameter(2, attempt)
                .setParameter(3, type)
                .getSingleResult())
        .longValue();
  }

  @Transactional
  @SuppressWarnings("unchecked")
  List<String> submissionsOf(long jobId) {
    return em.createNativeQuery("SELECT status FROM lab_submission WHERE job_id = ?1")
        .setParameter(1, jobId)
        .getResultList();
  }

  @Transactional
  @SuppressWarnings("unchecked")
  List<String> outputs(long jobId) {
    return em.createNativeQuery(
            "SELECT attempt || ':' || name FROM job_output WHERE job_id = ?1 ORDER BY 1")
        .setParameter(1, jobId)
        .getResultList();
  }

  @Transactional
  long countBy(String condition) {
    return ((Number)
            em.createNativeQuery("SELECT count(*) FROM job WHERE " + condition).getSingleResult())
        .longValue();
  }

  @Transactional
  Map<String, Long> countByColumn(String column) {
    return counts("SELECT " + column + "::text, count(*) FROM job GROUP BY 1");
  }

  @Transactional
  Map<String, Long> submissionStatuses() {
    return counts(
        "SELECT s.status, count(*) FROM lab_submission s JOIN job j ON j.id = s.job_id GROUP BY 1");
  }

  /** How many jobs have each number of events of {@code type}, over all attempts. */
  @Transactional
  Map<String, Long> eventsPerJob(String type) {
    return counts(
        "SELECT n::text, count(*) FROM (SELECT j.id, (SELECT count(*) FROM job_event e"
            + " WHERE e.job_id = j.id AND e.type = '"
            + type
            + "') AS n FROM job j) per_job GROUP BY 1");
  }

  @SuppressWarnings("unchecked")
  private Map<String, Long> counts(String sql) {
    Map<String, Long> counts = new TreeMap<>();
    ((List<Object[]>) em.createNativeQuery(sql).getResultList())
        .forEach(r -> counts.put(String.valueOf(r[0]), ((Number) r[1]).longValue()));
    return counts;
  }
}
