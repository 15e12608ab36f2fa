package vn.hocsau.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A course imported from {@code courses/}. Tags, languages and the search columns are written by
 * {@link CourseRepository} in SQL, since they are PostgreSQL arrays and text-search vectors.
 */
@Entity
@Table(name = "course")
public class Course {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(nullable = false, length = 100)
  public String slug;

  @Column(name = "title_vi", length = 300)
  public String titleVi;

  @Column(name = "title_en", length = 300)
  public String titleEn;

  @Column(name = "summary_vi", columnDefinition = "text")
  public String summaryVi;

  @Column(name = "summary_en", columnDefinition = "text")
  public String summaryEn;

  @Column(nullable = false, length = 20)
  public String level;

  @Column(nullable = false)
  public boolean published;

  /** The sum of the estimated minutes of its lessons. */
  @Column(nullable = false)
  public int minutes;

  @Column(name = "content_hash", nullable = false, length = 64)
  public String contentHash;

  @Column(name = "imported_at", nullable = false)
  public Instant importedAt;

  /** {@code all-lessons} or {@code lessons-and-quizzes}: the code of course.yaml's rule. */
  @Column(name = "completion_rule", nullable = false, length = 30)
  public String completionRule = "all-lessons";

  /** Percent a quiz's best score must reach to count; null: each quiz's own pass mark. */
  @Column(name = "completion_min_quiz_score")
  public Integer completionMinQuizScore;

  /** The course version certificates print ({@code completion: version:}), 1 by default. */
  @Column(name = "completion_version", nullable = false)
  public int completionVersion = 1;

  /**
   * The quizzes and labs the rule names, as JSON (see {@code
   * vn.hocsau.course.progress.RequiredAssessments}); null when it names none.
   */
  @Column(name = "completion_requirements", columnDefinition = "text")
  public String completionRequirements;

  /** The absolute courses folder this course was last imported from. */
  @Column(name = "source_root", columnDefinition = "text")
  public String sourceRoot;

  /** When an instructor last saved an edit on the site that no file import has replaced. */
  @Column(name = "site_edited_at")
  public Instant siteEditedAt;
}
