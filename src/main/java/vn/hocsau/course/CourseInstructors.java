package vn.hocsau.course;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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

  @Inject CourseInstructorRepository repository;
  @Inject Clock clock;

  /** Whether {@code userId} teaches the course {@code courseSlug}. */
  public boolean teaches(String courseSlug, long userId) {
    return repository.teaches(courseSlug, userId);
  }

  /** The instructors of the course, by name. */
  public List<Instructor> of(String courseSlug) {
    return repository.of(courseSlug);
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
    repository.add(courseSlug, wanted, clock.instant());
    return of(courseSlug).stream().anyMatch(i -> i.email().equalsIgnoreCase(wanted));
  }

  /** Makes {@code userId}, an instructor or admin, an instructor of the course (once). */
  @Transactional
  public void addUser(String courseSlug, long userId) {
    repository.addUser(courseSlug, userId, clock.instant());
  }

  /** Removes {@code userId} from the course's instructors. */
  @Transactional
  public void remove(String courseSlug, long userId) {
    repository.remove(courseSlug, userId);
  }
}
