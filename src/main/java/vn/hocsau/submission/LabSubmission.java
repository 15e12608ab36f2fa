package vn.hocsau.submission;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.hocsau.content.SubmissionKind;

/** One submission of a learner to a lab: a predictions file, or a model trained by a job. */
@Entity
@Table(name = "lab_submission")
public class LabSubmission {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "lab_id", nullable = false)
  public Long labId;

  @Column(name = "user_id", nullable = false)
  public Long userId;

  @Convert(converter = SubmissionKindColumn.class)
  @Column(nullable = false)
  public SubmissionKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public SubmissionStatus status;

  @Column(name = "job_id")
  public Long jobId;

  @Column(name = "public_score")
  public Double publicScore;

  @Column(name = "private_score")
  public Double privateScore;

  @Column(nullable = false)
  public boolean charged;

  @Column(name = "selected_final", nullable = false)
  public boolean selectedFinal;

  @Column(name = "idempotency_key")
  public String idempotencyKey;

  public String note;

  /** {@code {"key": "err_…", "line": 3, "args": […]}}; see {@link SubmissionProblem}. */
  @JdbcTypeCode(SqlTypes.JSON)
  public String problem;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "scored_at")
  public Instant scoredAt;

  @Column(name = "predictions_sha256")
  public String predictionsSha256;

  @Column(name = "zip_sha256")
  public String zipSha256;

  @Column(name = "file_name")
  public String fileName;

  /**
   * When it was disqualified for cheating; null when it counts. See {@link SubmissionModeration}.
   */
  @Column(name = "disqualified_at")
  public Instant disqualifiedAt;

  /**
   * Why, as the moderator wrote it; shown to the learner. Set exactly with {@link #disqualifiedAt}.
   */
  @Column(name = "disqualified_reason")
  public String disqualifiedReason;

  @Version public int version;
}
