package vn.hocsau.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A module of a course: a titled group of lessons. Kept, inactive, when it leaves the files. */
@Entity
@Table(name = "course_module")
public class CourseModule {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "course_id", nullable = false)
  public Long courseId;

  @Column(nullable = false, length = 100)
  public String slug;

  @Column(nullable = false)
  public int position;

  @Column(name = "title_vi", length = 300)
  public String titleVi;

  @Column(name = "title_en", length = 300)
  public String titleEn;

  @Column(nullable = false)
  public boolean active;
}
