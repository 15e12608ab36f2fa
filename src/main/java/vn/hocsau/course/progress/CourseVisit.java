package vn.hocsau.course.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The last lesson a learner opened in a course: where "continue" leads. */
@Entity
@Table(name = "course_visit")
public class CourseVisit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "user_id", nullable = false)
  public Long userId;

  @Column(name = "course_id", nullable = false)
  public Long courseId;

  @Column(name = "lesson_id", nullable = false)
  public Long lessonId;

  @Column(name = "visited_at", nullable = false)
  public Instant visitedAt;
}
