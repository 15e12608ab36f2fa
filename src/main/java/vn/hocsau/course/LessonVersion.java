package vn.hocsau.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One content of a lesson, in one or both languages. A new one exists only when the hash changes.
 */
@Entity
@Table(name = "lesson_version")
public class LessonVersion {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "lesson_id", nullable = false)
  public Long lessonId;

  @Column(nullable = false)
  public int version;

  @Column(name = "content_hash", nullable = false, length = 64)
  public String contentHash;

  @Column(name = "title_vi", length = 300)
  public String titleVi;

  @Column(name = "title_en", length = 300)
  public String titleEn;

  @Column(name = "markdown_vi", columnDefinition = "text")
  public String markdownVi;

  @Column(name = "markdown_en", columnDefinition = "text")
  public String markdownEn;

  @Column(nullable = false)
  public int minutes;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  /** The whole Vietnamese file (front matter included), for export; null when not kept. */
  @Column(name = "source_vi", columnDefinition = "text")
  public String sourceVi;

  @Column(name = "source_en", columnDefinition = "text")
  public String sourceEn;

  /** The instructor who saved this version on the site; null when it came from the files. */
  @Column(name = "edited_by")
  public Long editedBy;
}
