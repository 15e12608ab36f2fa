package vn.hocsau.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import vn.hocsau.course.CourseInstructors.Instructor;
import vn.hocsau.system.db.SqlRow;

/** The {@code course_instructor} table: who teaches which course. */
@ApplicationScoped
class CourseInstructorRepository {

  @Inject EntityManager em;

  boolean teaches(String courseSlug, long userId) {
    return !em.createNativeQuery(
            "SELECT 1 FROM course_instructor i JOIN course c ON c.id = i.course_id"
                + " WHERE c.slug = :c AND i.user_id = :u")
        .setParameter("c", courseSlug)
        .setParameter("u", userId)
        .getResultList()
        .isEmpty();
  }

  /** The instructors of the course, by name. */
  List<Instructor> of(String courseSlug) {
    return SqlRow.all(
            SqlRow.query(
                    em,
                    """
                    SELECT u.id, u.display_name, u.email
                      FROM course_instructor i JOIN course c ON c.id = i.course_id
                      JOIN app_user u ON u.id = i.user_id
                     WHERE c.slug = :c ORDER BY u.display_name, u.id
                    """)
                .setParameter("c", courseSlug))
        .stream()
        .map(r -> new Instructor(r.longValue("id"), r.string("display_name"), r.string("email")))
        .toList();
  }

  /**
   * Adds the instructor or admin with this email (ignoring case) to the course's instructors; adds
   * nothing when there is no such course or user, or when they teach it already.
   */
  void add(String courseSlug, String email, Instant at) {
    em.createNativeQuery(
            """
            INSERT INTO course_instructor (course_id, user_id, added_at)
            SELECT c.id, u.id, :t FROM course c, app_user u
             WHERE c.slug = :c AND lower(u.email) = lower(:e)
               AND u.role IN ('instructor', 'admin')
            ON CONFLICT DO NOTHING
            """)
        .setParameter("c", courseSlug)
        .setParameter("e", email)
        .setParameter("t", Timestamp.from(at))
        .executeUpdate();
  }

  /** Adds {@code userId} (an instructor or admin) to the course's instructors, once. */
  void addUser(String courseSlug, long userId, Instant at) {
    em.createNativeQuery(
            """
            INSERT INTO course_instructor (course_id, user_id, added_at)
            SELECT c.id, u.id, :t FROM course c, app_user u
             WHERE c.slug = :c AND u.id = :u AND u.role IN ('instructor', 'admin')
            ON CONFLICT DO NOTHING
            """)
        .setParameter("c", courseSlug)
        .setParameter("u", userId)
        .setParameter("t", Timestamp.from(at))
        .executeUpdate();
  }

  void remove(String courseSlug, long userId) {
    em.createNativeQuery(
            "DELETE FROM course_instructor i USING course c"
                + " WHERE c.id = i.course_id AND c.slug = :c AND i.user_id = :u")
        .setParameter("c", courseSlug)
        .setParameter("u", userId)
        .executeUpdate();
  }
}
