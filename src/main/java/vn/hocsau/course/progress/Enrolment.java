package vn.hocsau.course.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A learner's enrolment in a course. Unenrolling closes it; enrolling again opens a new one. */
@Entity
@Table(name = "enrolment")
public class Enrolment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "user_id", nullable = false)
  public Long userId;

  @Column(name = "course_id", nullable = false)
  public Long courseId;

  @Column(name = "enrolled_at", nullable = false)
  public Instant enrolledAt;

  @Column(name = "unenrolled_at")
  public Instant unenrolledAt;
}
