package vn.hocsau.job;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One unit of work for a runner, e.g. training a submission. Claims and the reaper change jobs with
 * set-based SQL in {@link JobRepository}; single-job transitions (heartbeat, finish, cancel) load
 * the row with a lock and change it here.
 */
@Entity
@Table(name = "job")
public class Job {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  @Column(name = "owner_id", nullable = false)
  public Long ownerId;

  @Column(nullable = false, length = 40)
  public String kind;

  @Column(nullable = false, length = 8)
  public String resource;

  /** Opaque JSON for the runner; never holds test labels. */
  @JdbcTypeCode(SqlTypes.JSON)
  @Column(nullable = false)
  public String payload;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  public JobState state;

  @Column(nullable = false)
  public int priority;

  @Column(nullable = false)
  public int attempt;

  @Column(name = "max_attempts", nullable = false)
  public int maxAttempts;

  @Column(name = "runner_id")
  public Long runnerId;

  @Column(name = "lease_until")
  public Instant leaseUntil;

  @Column(name = "cancel_requested_at")
  public Instant cancelRequestedAt;

  @Column(name = "queued_at", nullable = false)
  public Instant queuedAt;

  @Column(name = "started_at")
  public Instant startedAt;

  @Column(name = "finished_at")
  public Instant finishedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "error_class", length = 20)
  public ErrorClass errorClass;

  @Column(columnDefinition = "text")
  public String message;

  /** The trainer's coded problem ({@link TrainerProblem#json()}), or null. */
  @JdbcTypeCode(SqlTypes.JSON)
  public String problem;

  @Column(name = "usage_wall_seconds")
  public Double usageWallSeconds;

  @Column(name = "usage_cpu_seconds")
  public Double usageCpuSeconds;

  @Column(name = "usage_gpu_seconds")
  public Double usageGpuSeconds;

  /** Compute time the learner is charged for this job; see {@link ComputeCharge}. */
  @Column(name = "charged_seconds", nullable = false)
  public double chargedSeconds;

  /** Whether the charge was waived: the job then does not count against the daily allowance. */
  @Column(name = "charge_waived", nullable = false)
  public boolean chargeWaived;

  @Version public int version;

  /** Whether (attempt, runner) names the run this job is on now or last ended with. */
  boolean isRunBy(int attempt, Long runnerId) {
    return this.attempt == attempt && runnerId != null && runnerId.equals(this.runnerId);
  }

  /** Ends the job for good. */
  void finish(ErrorClass outcome, String message, Instant now) {
    finish(outcome, message, null, now);
  }

  /** Ends the job for good, with the trainer's coded problem ({@code problem} may be null). */
  void finish(ErrorClass outcome, String message, TrainerProblem problem, Instant now) {
    state = outcome.finalState();
    errorClass = outcome;
    this.message = message;
    this.problem = problem == null ? null : problem.json();
    finishedAt = now;
    leaseUntil = null;
  }

  /**
   * Records what the final attempt used and what it costs, and returns the charge; see {@link
   * ComputeCharge}.
   */
  ComputeCharge charge(Usage usage, Instant now) {
    if (usage != null) {
      usageWallSeconds = usage.wallSeconds();
      usageCpuSeconds = usage.cpuSeconds();
      usageGpuSeconds = usage.gpuSeconds();
    }
    boolean started = startedAt != null && attempt > 0;
    ComputeCharge charge =
        ComputeCharge.of(
            errorClass,
            resource,
            started,
            usage,
            started ? Duration.between(startedAt, now) : Duration.ZERO);
    chargedSeconds = charge.seconds();
    chargeWaived = charge.waived();
    return charge;
  }

  /** The charge this job got when it ended, as stored. */
  ComputeCharge recordedCharge() {
    return new ComputeCharge(chargedSeconds, chargeWaived);
  }

  /** Puts a running job back in the queue for another attempt. */
  void requeue() {
    state = JobState.QUEUED;
    runnerId = null;
    leaseUntil = null;
  }

  /** The read-only view for pages, JSON and tests. */
  public JobView view() {
    return new JobView(
        id,
        ownerId,
        kind,
        resource,
        state,
        priority,
        attempt,
        maxAttempts,
        runnerId,
        leaseUntil,
        cancelRequestedAt != null,
        queuedAt,
        startedAt,
        finishedAt,
        errorClass,
        message,
        TrainerProblem.parse(problem).orElse(null));
  }
}
