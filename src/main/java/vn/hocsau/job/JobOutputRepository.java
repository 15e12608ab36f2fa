package vn.hocsau.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.hocsau.system.db.SqlRow;

/** Rows of {@code job_output}: one file per (job, attempt, name). */
@ApplicationScoped
public class JobOutputRepository {

  @Inject EntityManager em;

  /** Stores the file, replacing one of the same name (PUT semantics). */
  void upsert(Long jobId, int attempt, String name, byte[] bytes, String sha256, Instant now) {
    em.createNativeQuery(
            """
            INSERT INTO job_output (job_id, attempt, name, bytes, size, sha256, created_at)
            VALUES (:job, :attempt, :name, :bytes, :size, :sha, :now)
            ON CONFLICT (job_id, attempt, name) DO UPDATE
              SET bytes = EXCLUDED.bytes, size = EXCLUDED.size, sha256 = EXCLUDED.sha256,
                  created_at = EXCLUDED.created_at
            """)
        .setParameter("job", jobId)
        .setParameter("attempt", attempt)
        .setParameter("name", name)
        .setParameter("bytes", bytes)
        .setParameter("size", bytes.length)
        .setParameter("sha", sha256)
        .setParameter("now", Timestamp.from(now))
        .executeUpdate();
  }

  /** Names of the files the attempt has uploaded. */
  @SuppressWarnings("unchecked")
  List<String> names(Long jobId, int attempt) {
    return em.createNativeQuery(
            "SELECT name FROM job_output WHERE job_id = :job AND attempt = :attempt ORDER BY name")
        .setParameter("job", jobId)
        .setParameter("attempt", attempt)
        .getResultList();
  }

  /** The files the attempt has uploaded, without their bytes, by name. */
  List<JobOutputs.Stored> listed(Long jobId, int attempt) {
    return SqlRow.all(
            SqlRow.query(
                    em,
                    """
                    SELECT name, size, sha256 FROM job_output
                    WHERE job_id = :job AND attempt = :attempt ORDER BY name
                    """)
                .setParameter("job", jobId)
                .setParameter("attempt", attempt))
        .stream()
        .map(r -> new JobOutputs.Stored(r.string("name"), r.longValue("size"), r.string("sha256")))
        .toList();
  }

  /** The content of one file. */
  Optional<byte[]> bytes(Long jobId, int attempt, String name) {
    List<?> rows =
        em.createNativeQuery(
                """
                SELECT bytes FROM job_output
                WHERE job_id = :job AND attempt = :attempt AND name = :name
                """)
            .setParameter("job", jobId)
            .setParameter("attempt", attempt)
            .setParameter("name", name)
            .getResultList();
    return rows.stream().findFirst().map(byte[].class::cast);
  }
}
