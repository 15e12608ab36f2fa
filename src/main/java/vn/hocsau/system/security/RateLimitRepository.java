package vn.hocsau.system.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;

/** Fixed-window counters in PostgreSQL, so every replica of the platform sees the same counts. */
@ApplicationScoped
public class RateLimitRepository {

  @Inject EntityManager em;

  /** Counts one hit for {@code key} in the window starting at {@code windowStart}; returns hits. */
  public int hit(String key, Instant windowStart) {
    Object hits =
        em.createNativeQuery(
                """
                INSERT INTO rate_limit_bucket (bucket_key, window_start, hits) VALUES (?1, ?2, 1)
                ON CONFLICT (bucket_key) DO UPDATE SET
                  hits = CASE WHEN rate_limit_bucket.window_start = EXCLUDED.window_start
                              THEN rate_limit_bucket.hits + 1 ELSE 1 END,
                  window_start = EXCLUDED.window_start
                RETURNING hits
                """)
            .setParameter(1, key)
            .setParameter(2, Timestamp.from(windowStart))
            .getSingleResult();
    return ((Number) hits).intValue();
  }

  /** Deletes counters whose window ended before {@code before}. */
  public int deleteOlderThan(Instant before) {
    return em.createNativeQuery("DELETE FROM rate_limit_bucket WHERE window_start < ?1")
        .setParameter(1, Timestamp.from(before))
        .executeUpdate();
  }
}
