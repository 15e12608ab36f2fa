package vn.hocsau.course.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A lesson a learner marked as done. */
@Entity
@Table(name = "lesson_progress")
public class LessonProgress {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "user_id", nullable = false)
  public Long userId;

  @Column(name = "lesson_id", nullable = false)
  public Long lessonId;

  @Column(name = "done_at", nullable = false)
  public Instant doneAt;
}
