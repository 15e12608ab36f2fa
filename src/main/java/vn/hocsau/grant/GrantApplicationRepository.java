package vn.hocsau.grant;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.hocsau.system.db.SqlRow;

/** Queries on {@link GrantApplication} and its audit trail ({@code grant_audit}). */
@ApplicationScoped
class GrantApplicationRepository implements PanacheRepository<GrantApplication> {

  /** One entry of an application's history. */
  record AuditRow(String action, Long actorId, Integer hours, String detail, Instant at) {}

  /** The learner's applications, newest first. */
  List<GrantApplication> ofLearner(long userId) {
    return list("userId = ?1 order by createdAt desc, id desc", userId);
  }

  /** The application, locked against concurrent decisions until the transaction ends. */
  Optional<GrantApplication> lock(long id) {
    return Optional.ofNullable(findById(id, LockModeType.PESSIMISTIC_WRITE));
  }

  /** Applications waiting for a reviewer, oldest first. */
  List<GrantApplication> pending() {
    return list("status = ?1 order by submittedAt, id", ApplicationStatus.PENDING);
  }

  /**
   * GPU hours per week granted to the learner for the week starting at {@code weekStart}: grants
   * for the course, and grants for any course.
   */
  long grantedHours(long userId, long courseId, Instant weekStart) {
    Object sum =
        getEntityManager()
            .createNativeQuery(
                """
                SELECT coalesce(sum(hours_granted), 0) FROM grant_application
                 WHERE user_id = :u AND status = 'APPROVED'
                   AND (course_id IS NULL OR course_id = :c)
                   AND valid_from <= :w AND valid_until > :w
                """)
            .setParameter("u", userId)
            .setParameter("c", courseId)
            .setParameter("w", Timestamp.from(weekStart))
            .getSingleResult();
    return ((Number) sum).longValue();
  }

  /** Whether the learner has an open application for the course or for any course. */
  boolean hasOpen(long userId, long courseId) {
    return !getEntityManager()
        .createNativeQuery(
            """
            SELECT 1 FROM grant_application
             WHERE user_id = :u AND status IN ('PENDING', 'NEEDS_INFO')
               AND (course_id IS NULL OR course_id = :c)
             LIMIT 1
            """)
        .setParameter("u", userId)
        .setParameter("c", courseId)
        .getResultList()
        .isEmpty();
  }

  /** Whether the learner already has an open application for exactly this course (or general). */
  boolean hasOpenFor(long userId, Long courseId) {
    return courseId == null
        ? count("userId = ?1 and courseId is null and status in ?2", userId, OPEN) > 0
        : count("userId = ?1 and courseId = ?2 and status in ?3", userId, courseId, OPEN) > 0;
  }

  private static final List<ApplicationStatus> OPEN =
      List.of(ApplicationStatus.PENDING, ApplicationStatus.NEEDS_INFO);

  /** Writes one entry of the application's history. */
  void audit(
      long applicationId, String action, long actorId, Integer hours, String detail, Instant at) {
    getEntityManager()
        .createNativeQuery(
            """
            INSERT INTO grant_audit (application_id, action, actor_id, hours, detail, at)
            VALUES (:a, :action, :actor, CAST(:hours AS INT), :detail, :at)
            """)
        .setParameter("a", applicationId)
        .setParameter("action", action)
        .setParameter("actor", actorId)
        .setParameter("hours", hours == null ? null : hours)
        .setParameter("detail", detail == null ? "" : detail)
        .setParameter("at", Timestamp.from(at))
        .executeUpdate();
  }

  /** The application's history, oldest first. */
  List<AuditRow> history(long applicationId) {
    return SqlRow.all(
            SqlRow.query(
                    getEntityManager(),
                    "SELECT action, actor_id, hours, detail, at FROM grant_audit"
                        + " WHERE application_id = :a ORDER BY at, id")
                .setParameter("a", applicationId))
        .stream()
        .map(
            r ->
                new AuditRow(
                    r.string("action"),
                    r.nullableDouble("actor_id") == null ? null : r.longValue("actor_id"),
                    r.nullableDouble("hours") == null ? null : r.intValue("hours"),
                    r.string("detail"),
                    r.instant("at")))
        .toList();
  }
}
