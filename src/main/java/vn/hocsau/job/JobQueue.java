package vn.hocsau.job;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The job queue in PostgreSQL: jobs go in with {@link #enqueue}, runners take them with {@link
 * #claim}. What a runner does with a claimed job goes through {@link JobAttempts}.
 */
@ApplicationScoped
public class JobQueue {

  /** The slot kinds a job can need. */
  public static final Set<String> RESOURCES = Set.of("cpu", "gpu");

  @Inject JobRepository jobs;
  @Inject QueueConfig config;
  @Inject JobSignal signal;
  @Inject Event<JobsAvailable> available;
  @Inject Event<JobEnded> ended;
  @Inject RunnerTokenRepository runnerTokens;
  @Inject Clock clock;

  /**
   * Queues a CPU job for {@code ownerId}; see {@link #enqueue(Long, String, String, String, int)}.
   */
  @Transactional
  public Long enqueue(Long ownerId, String kind, String payload, int priority) {
    return enqueue(ownerId, kind, "cpu", payload, priority);
  }

  /**
   * Queues a job. Waiting claims wake once the caller's transaction commits.
   *
   * @param payload JSON for the runner; it must never contain test labels (see {@link
   *     JobAssignment})
   * @param priority higher runs first among one learner's jobs, and breaks ties between learners
   * @return the job id
   */
  @Transactional
  public Long enqueue(Long ownerId, String kind, String resource, String payload, int priority) {
    if (!RESOURCES.contains(resource)) {
      throw new IllegalArgumentException("unknown resource " + resource);
    }
    Job job = new Job();
    job.ownerId = ownerId;
    job.kind = kind;
    job.resource = resource;
    job.payload = payload;
    job.priority = priority;
    job.state = JobState.QUEUED;
    job.maxAttempts = config.maxAttempts();
    job.queuedAt = clock.instant();
    jobs.persist(job);
    available.fire(new JobsAvailable());
    return job.id;
  }

  /** Claims up to {@code n} jobs of any resource; see {@link #claim(Long, Set, int, Duration)}. */
  @Transactional(TxType.NOT_SUPPORTED)
  public List<JobAssignment> claim(Long runnerId, int n, Duration wait) {
    return claim(runnerId, RESOURCES, n, wait);
  }

  /**
   * Claims up to {@code n} queued jobs needing one of {@code resources}, waiting up to {@code wait}
   * for one to be queued when there is none; see {@link #claimLater}. This thread waits.
   */
  @Transactional(TxType.NOT_SUPPORTED)
  public List<JobAssignment> claim(Long runnerId, Set<String> resources, int n, Duration wait) {
    return claimLater(runnerId, resources, n, wait).await().indefinitely();
  }

  /**
   * Claims up to {@code n} queued jobs needing one of {@code resources}, waiting up to {@code wait}
   * for one to be queued when there is none. Completes as soon as it has claimed at least one job.
   * Limits that do not hold are refused at once, with a {@link RunnerApiException}.
   *
   * <p>A long-poll holds neither a connection nor a thread while it waits: each look at the queue
   * is its own short transaction on a worker thread, and between looks the claim is only a future
   * in {@link JobSignal}. So a hundred waiting runners do not take a hundred of the worker threads
   * that serve pages.
   */
  public Uni<List<JobAssignment>> claimLater(
      Long runnerId, Set<String> resources, int n, Duration wait) {
    checkClaim(resources, n, wait);
    return look(runnerId, resources, n, clock.instant().plus(wait));
  }

  private Uni<List<JobAssignment>> look(
      Long runnerId, Set<String> resources, int n, Instant deadline) {
    return Uni.createFrom()
        .item(
            () -> {
              long seen = signal.generation();
              return new Look(
                  seen,
                  QuarkusTransaction.requiringNew().call(() -> claimNow(runnerId, resources, n)));
            })
        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
        .flatMap(
            look -> {
              Duration left = Duration.between(clock.instant(), deadline);
              if (!look.claimed().isEmpty() || left.isNegative() || left.isZero()) {
                return Uni.createFrom().item(look.claimed());
              }
              Duration nap = min(left, config.recheckInterval());
              return Uni.createFrom()
                  .completionStage(() -> signal.after(look.seen(), nap))
                  .flatMap(woken -> look(runnerId, resources, n, deadline));
            });
  }

  /** One look at the queue: the wake-up count read before it, and what it claimed. */
  private record Look(long seen, List<JobAssignment> claimed) {}

  private List<JobAssignment> claimNow(Long runnerId, Set<String> resources, int n) {
    // Claims run one at a time. Under READ COMMITTED each claim ranks the queue and counts running
    // jobs in its own snapshot, which cannot see another claim that has not committed yet; SKIP
    // LOCKED then hides that claim's rows instead of waiting for them. Two concurrent claims could
    // thus both give the same learner a job and go over the cap. The lock is taken in its own
    // statement, so the claim statement's snapshot starts after the previous claim committed.
    // A claim takes milliseconds, and long-polls wait outside the lock.
    jobs.lockClaims();
    // A long-poll outlives its HTTP request when the runner dies or is stopped mid-wait; revoking
    // the runner's token must stop such a claim from taking a job nobody will run.
    RunnerToken token = runnerTokens.findById(runnerId);
    if (token == null || token.revokedAt != null) {
      return List.of();
    }
    Instant now = clock.instant();
    Instant leaseUntil = now.plus(config.lease());
    long heartbeat = Math.max(1, config.lease().toSeconds() / 3);
    return jobs
        .claim(runnerId, resources, n, config.maxRunningPerLearner(), now, leaseUntil)
        .stream()
        .map(
            job ->
                new JobAssignment(
                    job.id(),
                    job.attempt(),
                    job.kind(),
                    job.resource(),
                    job.payload(),
                    leaseUntil,
                    heartbeat))
        .toList();
  }

  private void checkClaim(Set<String> resources, int n, Duration wait) {
    if (n < 1
        || n > config.maxJobsPerClaim()
        || wait.isNegative()
        || wait.compareTo(config.maxClaimWait()) > 0
        || resources.isEmpty()
        || !RESOURCES.containsAll(resources)) {
      throw new RunnerApiException(
          RunnerProblem.INVALID_CLAIM,
          m ->
              m.err_runner_claim_invalid(
                  config.maxJobsPerClaim(), config.maxClaimWait().toSeconds()));
    }
  }

  /**
   * Cancels a job: a queued one at once; a running one is marked, its runner learns it from the
   * next heartbeat and reports back, and the reaper ends it if the runner never does. The caller
   * checks that the user may cancel this job.
   */
  @Transactional
  public Optional<JobView> cancel(Long jobId) {
    return jobs.findLocked(jobId, LockModeType.PESSIMISTIC_WRITE)
        .map(
            job -> {
              if (job.state == JobState.QUEUED) {
                Instant now = clock.instant();
                job.finish(ErrorClass.CANCELLED, null, now);
                ended.fire(JobEnded.of(job, job.charge(null, now)));
              } else if (job.state == JobState.RUNNING && job.cancelRequestedAt == null) {
                job.cancelRequestedAt = clock.instant();
              }
              return job.view();
            });
  }

  /**
   * How many queued jobs claims would take before this one, in the fair-share order claims use;
   * empty when the job is not queued.
   */
  @Transactional(TxType.SUPPORTS)
  public Optional<Long> jobsAhead(Long jobId) {
    return jobs.findByIdOptional(jobId)
        .filter(job -> job.state == JobState.QUEUED)
        .flatMap(job -> jobs.jobsAhead(job.id, job.resource));
  }

  /**
   * The jobs among {@code jobIds} that ended before {@code before}, each as the {@link JobEnded}
   * its end fired. Lets a feature catch up on ends it never handled (its observer failed, or its
   * replica died between the job's end and the observer).
   */
  @Transactional(TxType.SUPPORTS)
  public List<JobEnded> endedBefore(Collection<Long> jobIds, Instant before) {
    if (jobIds.isEmpty()) {
      return List.of();
    }
    return jobs.endedBefore(jobIds, before).stream()
        .map(job -> JobEnded.of(job, job.recordedCharge()))
        .toList();
  }

  /**
   * Waives the charge of a job that ended, after the fact: whoever queued it found that the
   * platform failed it afterwards (its result could not be used), so the learner pays nothing for
   * it. The job page then says it was not charged and the month's total leaves it out. Waiving
   * twice changes nothing; a job still queued or running is left alone.
   */
  @Transactional
  public void waiveCharge(Long jobId) {
    jobs.waiveCharge(jobId);
  }

  /** The job, if it exists. */
  @Transactional(TxType.SUPPORTS)
  public Optional<JobView> find(Long jobId) {
    return jobs.findByIdOptional(jobId).map(Job::view);
  }

  /** The payload the submitter queued, for the submitter to read back (an edit and resubmit). */
  @Transactional(TxType.SUPPORTS)
  public Optional<String> payload(Long jobId) {
    return jobs.findByIdOptional(jobId).map(job -> job.payload);
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
