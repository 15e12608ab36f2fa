package vn.hocsau.lab;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import vn.hocsau.content.SubmissionKind;

/** A lab or competition of a course, imported from its {@code lab.yaml}. */
@Entity
@Table(name = "lab")
public class Lab {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "course_id", nullable = false)
  public Long courseId;

  @Column(nullable = false)
  public String slug;

  @Column(nullable = false)
  public String kind;

  @Column(nullable = false)
  public String metric;

  @Column(name = "higher_is_better", nullable = false)
  public boolean higherIsBetter;

  @Column(name = "has_leaderboard", nullable = false)
  public boolean hasLeaderboard;

  @Column(name = "pass_mark")
  public Double passMark;

  @Column(name = "starts_at")
  public Instant startsAt;

  public Instant deadline;

  @Column(name = "reveal_at")
  public Instant revealAt;

  @Column(name = "time_zone", nullable = false)
  public String timeZone;

  @Column(name = "daily_limit", nullable = false)
  public int dailyLimit;

  @Column(name = "max_final_selections", nullable = false)
  public int maxFinalSelections;

  @Column(nullable = false)
  public boolean published;

  @Column(name = "dataset_slug")
  public String datasetSlug;

  @Column(name = "title_vi")
  public String titleVi;

  @Column(name = "title_en")
  public String titleEn;

  @Column(name = "body_vi")
  public String bodyVi;

  @Column(name = "body_en")
  public String bodyEn;

  @Column(name = "accepted_kinds", nullable = false)
  public String acceptedKinds;

  @Column(name = "output_format", nullable = false)
  public String outputFormat;

  @Column(name = "wall_seconds", nullable = false)
  public int wallSeconds;

  @Column(name = "memory_mb", nullable = false)
  public int memoryMb;

  @Column(name = "max_epochs", nullable = false)
  public int maxEpochs;

  @Column(name = "baseline_sha256")
  public String baselineSha256;

  @Column(name = "baseline_public")
  public Double baselinePublic;

  @Column(name = "content_hash")
  public String contentHash;

  @Column(name = "imported_at")
  public Instant importedAt;

  @Version public int version;

  /** The submission kinds this lab accepts. */
  public List<SubmissionKind> kinds() {
    return Arrays.stream(acceptedKinds.split(",")).map(SubmissionKind::of).toList();
  }

  /** Whether private scores may be shown at {@code now}. */
  public boolean revealed(Instant now) {
    if (revealAt != null) {
      return !now.isBefore(revealAt);
    }
    // A lab without a reveal time has nothing to hide once its deadline (if any) has passed.
    return kind.equals("lab") && (deadline == null || !now.isBefore(deadline));
  }
}
