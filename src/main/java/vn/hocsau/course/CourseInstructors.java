package vn.hocsau.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/**
 * Who teaches which course ({@code course_instructor}): the people who may act for a course, such
 * as disqualifying a submission to one of its labs. Admins assign them; admins may act for every
 * course anyway.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CourseInstructors {

  /** One instructor of a course. */
  public record Instructor(long userId, String name, String email) {}

  @Inject EntityManager em;
  @Inject Clock clock;

  /** Whether {@code userId} teaches the course {@code courseSlug}. */
  public boolean teaches(String courseSlug, long userId) {
    return !em.createNativeQuery(
            "SELECT 1 FROM course_instructor i JOIN course c ON c.id = i.course_id"
                + " WHERE c.slug = :c AND i.user_id = :u")
        .setParameter("c", courseSlug)
        .setParameter("u", userId)
        .getResultList()
        .isEmpty();
  }

  /** The instructors of the course, by name. */
  public List<Instructor> of(String courseSlug) {
    List<?> rows =
        em.createNativeQuery(
                """
                SELECT u.id, u.display_name, u.email
                  FROM course_instructor i JOIN course c ON c.id = i.course_id
                  JOIN app_user u ON u.id = i.user_id
                 WHERE c.slug = :c ORDER BY u.display_name, u.id
                """)
            .setParameter("c", courseSlug)
            .getResultList();
    return rows.stream()
        .map(o -> (Object[]) o)
        .map(r -> new Instructor(((Number) r[0]).longValue(), (String) r[1], (String) r[2]))
        .toList();
  }

  /**
   * Makes the user with {@code email} (an instructor or admin) an instructor of the course; adding
   * one twice changes nothing.
   *
   * @return false when there is no such course, or no instructor or admin with that email
   */
  @Transactional
  public boolean add(String courseSlug, String email) {
    String wanted = email == null ? "" : email.strip();
    em.createNativeQuery(
            """
            INSERT INTO course_instructor (course_id, user_id, added_at)
            SELECT c.id, u.id, :t FROM course c, app_user u
             WHERE c.slug = :c AND lower(u.email) = lower(:e)
               AND u.role IN ('instructor', 'admin')
            ON CONFLICT DO NOTHING
            """)
        .setParameter("c", courseSlug)
        .setParameter("e", wanted)
        .setParameter("t", Timestamp.from(clock.instant()))
        .executeUpdate();
    return of(courseSlug).stream().anyMatch(i -> i.email().equalsIgnoreCase(wanted));
  }

  /** Removes {@code userId} from the course's instructors. */
  @Transactional
  public void remove(String courseSlug, long userId) {
    em.createNativeQuery(
            "DELETE FROM course_instructor i USING course c"
                + " WHERE c.id = i.course_id AND c.slug = :c AND i.user_id = :u")
        .setParameter("c", courseSlug)
        .setParameter("u", userId)
        .executeUpdate();
  }
}
