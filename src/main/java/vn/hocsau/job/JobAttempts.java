package vn.hocsau.job;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * What a runner does with a job it claimed: heartbeats and the verdict. Every call names the job
 * and the attempt; a call about an attempt that is not the runner's current one is refused with
 * {@link RunnerProblem#STALE_ATTEMPT}, so a runner that lost its lease can never overwrite a newer
 * attempt.
 */
@ApplicationScoped
@Transactional
public class JobAttempts {

  private static final Logger LOG = Logger.getLogger(JobAttempts.class);

  @Inject JobRepository jobs;
  @Inject QueueConfig config;
  @Inject Event<JobsAvailable> available;
  @Inject Event<JobEnded> ended;
  @Inject Event<ComputeCharged> charged;
  @Inject Clock clock;

  /** Extends the lease of a running attempt and says whether the learner cancelled the job. */
  public HeartbeatReply heartbeat(Long jobId, int attempt, Long runnerId) {
    Job job = running(jobId, attempt, runnerId, LockModeType.PESSIMISTIC_WRITE);
    Instant extended = clock.instant().plus(config.lease());
    if (extended.isAfter(job.leaseUntil)) {
      job.leaseUntil = extended;
    }
    return new HeartbeatReply(job.leaseUntil, job.cancelRequestedAt != null);
  }

  /**
   * Records the verdict of a running attempt. Repeating the call changes nothing and returns the
   * same reply. A job whose learner asked to cancel it ends CANCELLED whatever the verdict.
   */
  public FinishReply finish(Long jobId, int attempt, Long runnerId, Verdict verdict) {
    return finish(jobId, attempt, runnerId, verdict, null);
  }

  /**
   * Records the verdict of a running attempt and what its sandbox used, and charges the learner
   * once (see {@link ComputeCharge}); {@code usage} may be null. A repeated call charges nothing
   * more.
   */
  public FinishReply finish(Long jobId, int attempt, Long runnerId, Verdict verdict, Usage usage) {
    if (verdict == null || verdict.errorClass() == null) {
      throw new RunnerApiException(RunnerProblem.INVALID_VERDICT, m -> m.err_runner_verdict());
    }
    Usage checked = usage == null ? null : usage.checked(config.usageMaxSeconds());
    Job job = current(jobId, attempt, runnerId, LockModeType.PESSIMISTIC_WRITE);
    if (job.state != JobState.RUNNING) {
      // A runner whose first call was cut off (a restart, a network cut) asks again.
      LOG.infof("Repeated finish of job %d attempt %d: already %s", jobId, attempt, job.state);
      return FinishReply.of(job);
    }
    Instant now = clock.instant();
    if (job.cancelRequestedAt != null) {
      job.finish(ErrorClass.CANCELLED, null, now);
    } else if (verdict.errorClass() == ErrorClass.RUNNER_LOST && job.attempt < job.maxAttempts) {
      job.requeue();
    } else {
      job.finish(
          verdict.errorClass(),
          verdict.cleanMessage(config.messageMaxChars()),
          verdict.errorClass() == ErrorClass.OK ? null : verdict.problem(),
          now);
    }
    if (job.state != JobState.QUEUED) {
      ComputeCharge charge = job.charge(checked, now);
      if (charge.seconds() > 0) {
        charged.fire(new ComputeCharged(job.id, job.ownerId, job.resource, charge.seconds()));
      }
      ended.fire(JobEnded.of(job, charge));
    }
    available.fire(new JobsAvailable());
    LOG.infof(
        "Job %d attempt %d finished %s: now %s", jobId, attempt, verdict.errorClass(), job.state);
    return FinishReply.of(job);
  }

  /**
   * The job, locked with {@code lock}, after checking that it is running {@code attempt} for {@code
   * runnerId}.
   */
  Job running(Long jobId, int attempt, Long runnerId, LockModeType lock) {
    Job job = current(jobId, attempt, runnerId, lock);
    if (job.state != JobState.RUNNING) {
      throw new RunnerApiException(
          RunnerProblem.NOT_RUNNING, m -> m.err_runner_not_running(jobId, job.state.name()));
    }
    return job;
  }

  private Job current(Long jobId, int attempt, Long runnerId, LockModeType lock) {
    Job job =
        jobs.findLocked(jobId, lock)
            .orElseThrow(
                () ->
                    new RunnerApiException(
                        RunnerProblem.JOB_NOT_FOUND, m -> m.err_runner_job_not_found(jobId)));
    if (!job.isRunBy(attempt, runnerId)) {
      throw new RunnerApiException(
          RunnerProblem.STALE_ATTEMPT, m -> m.err_runner_stale_attempt(jobId, attempt));
    }
    return job;
  }
}
