package vn.hocsau.quiz.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A module's quiz as imported: its source as JSON, kept inactive when it leaves the files. */
@Entity
@Table(name = "module_quiz")
public class ModuleQuiz {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "course_id", nullable = false)
  public Long courseId;

  @Column(name = "module_slug", nullable = false, length = 100)
  public String moduleSlug;

  @Column(name = "source_json", nullable = false)
  public String sourceJson;

  @Column(name = "content_hash", nullable = false, length = 64)
  public String contentHash;

  @Column(nullable = false)
  public boolean active;

  @Column(name = "imported_at", nullable = false)
  public Instant importedAt;
}
