package vn.hocsau.course.path;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The imported learning path: one row, holding {@code path.yaml} as validated JSON. */
@Entity
@Table(name = "learning_path")
public class LearningPath {

  /** The only row's id. */
  public static final short ID = 1;

  @Id public Short id = ID;

  @Column(name = "source_json", nullable = false, columnDefinition = "text")
  public String sourceJson;

  @Column(name = "content_hash", nullable = false, length = 64)
  public String contentHash;

  @Column(name = "imported_at", nullable = false)
  public Instant importedAt;
}
