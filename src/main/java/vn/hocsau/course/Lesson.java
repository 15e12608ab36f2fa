package vn.hocsau.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A lesson, keyed by course and lesson slug so progress survives edits and moves between modules.
 * Its text lives in {@link LessonVersion}s; {@link #currentVersionId} is the one shown.
 */
@Entity
@Table(name = "lesson")
public class Lesson {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "course_id", nullable = false)
  public Long courseId;

  @Column(name = "module_id", nullable = false)
  public Long moduleId;

  @Column(nullable = false, length = 100)
  public String slug;

  /** Order within the whole course, module by module. */
  @Column(nullable = false)
  public int position;

  @Column(name = "current_version_id")
  public Long currentVersionId;

  @Column(nullable = false)
  public boolean active;
}
