package vn.hocsau.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hocsau.job.JobFixtures.assertRefused;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hocsau.support.TestClock;

/**
 * Leases, heartbeats, the reaper, verdicts and cancelling. Time moves with {@link TestClock}; no
 * test sleeps.
 */
@QuarkusTest
class JobLeaseTest {

  private static final Verdict OK = new Verdict(ErrorClass.OK, null);

  @Inject JobQueue queue;
  @Inject JobAttempts attempts;
  @Inject LeaseReaper reaper;
  @Inject QueueConfig config;
  @Inject JobFixtures fixtures;
  @Inject TestClock clock;

  private Long runner;
  private Long learner;

  @BeforeEach
  void emptyQueue() {
    fixtures.clearJobs();
    runner = fixtures.runner();
    learner = fixtures.learner();
  }

  @Test
  void aHeartbeatExtendsTheLeaseSoTheReaperLeavesTheJob() {
    Long id = queue.enqueue(learner, "train", "{}", 0);
    JobAssignment job = claimOne(runner);
    Duration lease = config.lease();

    clock.advance(lease.multipliedBy(2).dividedBy(3));
    HeartbeatReply reply = attempts.heartbeat(id, job.attempt(), runner);
    assertTrue(reply.leaseUntil().isAfter(job.leaseUntil()));
    assertFalse(reply.cancelled());

    clock.advance(lease.dividedBy(2)); // past the first lease, within the extended one
    reaper.reap();
    assertEquals(JobState.RUNNING, state(id));
  }

  @Test
  void theReaperRequeuesExpiredLeasesThenFailsWithRunnerLost() {
    Long id = queue.enqueue(learner, "train", "{}", 0);
    for (int attempt = 1; attempt <= config.maxAttempts(); attempt++) {
      assertEquals(attempt, claimOne(runner).attempt());
      clock.advance(config.lease().plusSeconds(1));
      reaper.reap();
      JobView job = fixtures.job(id);
      if (attempt < config.maxAttempts()) {
        assertEquals(JobState.QUEUED, job.state());
        assertEquals(null, job.runnerId());
      } else {
        assertEquals(JobState.FAILED, job.state());
        assertEquals(ErrorClass.RUNNER_LOST, job.errorClass());
        assertTrue(job.finishedAt() != null);
      }
    }
    assertEquals(List.of(), queue.claim(runner, 1, Duration.ZERO));
  }

  @Test
  void aZombieRunnerCannotTouchANewerAttempt() {
    Long id = queue.enqueue(learner, "train", "{}", 0);
    Long zombie = runner;
    JobAssignment first = claimOne(zombie);
    clock.advance(config.lease().plusSeconds(1));
    reaper.reap();

    assertRefused(RunnerProblem.STALE_ATTEMPT, () -> attempts.heartbeat(id, 1, zombie));
    Long healthy = fixtures.runner();
    JobAssignment second = claimOne(healthy);
    assertEquals(2, second.attempt());

    assertRefused(RunnerProblem.STALE_ATTEMPT, () -> attempts.heartbeat(id, 1, zombie));
    assertRefused(RunnerProblem.STALE_ATTEMPT, () -> attempts.finish(id, 1, zombie, OK));
    assertRefused(RunnerProblem.STALE_ATTEMPT, () -> attempts.heartbeat(id, 2, zombie));
    assertRefused(RunnerProblem.STALE_ATTEMPT, () -> attempts.finish(id, 2, zombie, OK));
    assertEquals(JobState.RUNNING, state(id));

    Verdict crash = new Verdict(ErrorClass.RUNTIME_ERROR, "boom");
    assertEquals(JobState.FAILED, attempts.finish(id, 2, healthy, crash).state());
    assertRefused(
        RunnerProblem.STALE_ATTEMPT, () -> attempts.finish(id, first.attempt(), zombie, OK));
    assertEquals(ErrorClass.RUNTIME_ERROR, fixtures.job(id).errorClass());
  }

  @Test
  void finishingTwiceGivesTheSameAnswerAndChangesNothing() {
    Long id = queue.enqueue(learner, "train", "{}", 0);
    JobAssignment job = claimOne(runner);

    FinishReply once = attempts.finish(id, job.attempt(), runner, OK);
    JobView after = fixtures.job(id);
    clock.advance(Duration.ofSeconds(5));
    FinishReply twice = attempts.finish(id, job.attempt(), runner, OK);
    FinishReply different =
        attempts.finish(id, job.attempt(), runner, new Verdict(ErrorClass.TIME_LIMIT, null));

    assertEquals(new FinishReply(id, 1, JobState.SUCCEEDED, ErrorClass.OK), once);
    assertEquals(once, twice);
    assertEquals(once, different, "the first verdict of an attempt counts");
    assertEquals(after, fixtures.job(id));
  }

  @Test
  void aHeartbeatAfterTheVerdictIsRefused() {
    Long id = queue.enqueue(learner, "train", "{}", 0);
    JobAssignment job = claimOne(runner);
    attempts.finish(id, job.attempt(), runner, OK);
    assertRefused(RunnerProblem.NOT_RUNNING, () -> attempts.heartbeat(id, job.attempt(), runner));
  }

  @Test
  void theVerdictMessageIsCleanedAndCut() {
    Long id = queue.enqueue(learner, "train", "{}", 0);
    JobAssignment job = claimOne(runner);
    String message = "line 3: ';' expected\u0007\n" + "x".repeat(config.messageMaxChars());
    attempts.finish(id, job.attempt(), runner, new Verdict(ErrorClass.COMPILE_ERROR, message));
    String stored = fixtures.job(id).message();
    assertTrue(stored.startsWith("line 3: ';' expected\n"));
    assertEquals(config.messageMaxChars(), stored.length());
  }

  @Test
  void aRunnerCanHandAJobBackForAnotherAttempt() {
    Long id = queue.enqueue(learner, "train", "{}", 0);
    JobAssignment job = claimOne(runner);
    FinishReply reply =
        attempts.finish(id, job.attempt(), runner, new Verdict(ErrorClass.RUNNER_LOST, "draining"));
    assertEquals(JobState.QUEUED, reply.state());
    assertEquals(2, claimOne(fixtures.runner()).attempt());
  }

  @Test
  void cancellingAQueuedJobEndsItAtOnce() {
    Long id = queue.enqueue(learner, "train", "{}", 0);
    assertEquals(JobState.CANCELLED, queue.cancel(id).orElseThrow().state());
    assertEquals(List.of(), queue.claim(runner, 1, Duration.ZERO));
  }

  @Test
  void aRunningJobLearnsOfItsCancellationFromTheNextHeartbeat() {
    Long id = queue.enqueue(learner, "train", "{}", 0);
    JobAssignment job = claimOne(runner);
    assertTrue(queue.cancel(id).orElseThrow().cancelRequested());

    assertTrue(attempts.heartbeat(id, job.attempt(), runner).cancelled());
    FinishReply reply =
        attempts.finish(id, job.attempt(), runner, new Verdict(ErrorClass.RUNTIME_ERROR, "killed"));
    assertEquals(JobState.CANCELLED, reply.state());
    assertEquals(ErrorClass.CANCELLED, reply.errorClass());
  }

  @Test
  void aCancelledJobWhoseRunnerVanishedIsNotRequeued() {
    Long id = queue.enqueue(learner, "train", "{}", 0);
    claimOne(runner);
    queue.cancel(id);
    clock.advance(config.lease().plusSeconds(1));
    assertEquals(new LeaseReaper.Reaped(1, 0, 0), reaper.reap());
    assertEquals(JobState.CANCELLED, state(id));
  }

  @Test
  void callsAboutAJobThatDoesNotExistAreRefused() {
    assertRefused(RunnerProblem.JOB_NOT_FOUND, () -> attempts.heartbeat(-1L, 1, runner));
    assertRefused(RunnerProblem.JOB_NOT_FOUND, () -> attempts.finish(-1L, 1, runner, OK));
  }

  @Test
  void aVerdictNeedsAnErrorClass() {
    Long id = queue.enqueue(learner, "train", "{}", 0);
    JobAssignment job = claimOne(runner);
    assertRefused(
        RunnerProblem.INVALID_VERDICT,
        () -> attempts.finish(id, job.attempt(), runner, new Verdict(null, "?")));
  }

  private JobAssignment claimOne(Long runnerId) {
    List<JobAssignment> claimed = queue.claim(runnerId, 1, Duration.ZERO);
    assertEquals(1, claimed.size());
    return claimed.get(0);
  }

  private JobState state(Long id) {
    return fixtures.job(id).state();
  }
}
