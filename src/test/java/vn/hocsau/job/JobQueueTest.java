package vn.hocsau.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hocsau.job.JobFixtures.ids;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hocsau.job.runner.RunnerTokenService;

/** Claiming: order, fairness between learners, the per-learner cap, concurrency, long-polls. */
@QuarkusTest
class JobQueueTest {

  @Inject JobQueue queue;
  @Inject JobAttempts attempts;
  @Inject JobSignal signal;
  @Inject QueueConfig config;
  @Inject JobFixtures fixtures;
  @Inject RunnerTokenService tokens;

  private final ExecutorService threads = Executors.newFixedThreadPool(9);
  private Long runner;

  @BeforeEach
  void emptyQueue() {
    fixtures.clearJobs();
    runner = fixtures.runner();
  }

  @AfterEach
  void stopThreads() {
    threads.shutdownNow();
  }

  @Test
  void aRevokedRunnerTakesNoJobEvenFromALongPollStartedBefore() throws Exception {
    Long stopped = tokens.create("stopped runner").view().id();
    var waiting = threads.submit(() -> queue.claim(stopped, 1, Duration.ofSeconds(3)));
    tokens.revoke(stopped);
    Long job = queue.enqueue(fixtures.learner(), "train", "{}", 0);

    assertEquals(List.of(job), ids(queue.claim(runner, 1, Duration.ZERO)));
    assertEquals(List.of(), waiting.get(20, java.util.concurrent.TimeUnit.SECONDS));
  }

  @Test
  void oneLearnersBacklogDoesNotStarveAnother() {
    Long a = fixtures.learner();
    Long b = fixtures.learner();
    for (int i = 0; i < 50; i++) {
      queue.enqueue(a, "train", "{\"n\": " + i + "}", 0);
    }
    Long bJob = queue.enqueue(b, "train", "{}", 0);

    List<JobAssignment> first = queue.claim(runner, 2, Duration.ZERO);

    assertEquals(2, first.size());
    assertTrue(ids(first).contains(bJob), "B's only job must be among the first claimed");
  }

  @Test
  void singleClaimsTakeTurnsBetweenLearnersUpToTheCap() {
    Long a = fixtures.learner();
    Long b = fixtures.learner();
    Set<Long> aJobs = new HashSet<>();
    for (int i = 0; i < 5; i++) {
      aJobs.add(queue.enqueue(a, "train", "{}", 0));
    }
    for (int i = 0; i < 5; i++) {
      queue.enqueue(b, "train", "{}", 0);
    }
    List<String> owners = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Long id = queue.claim(runner, 1, Duration.ZERO).get(0).jobId();
      owners.add(aJobs.contains(id) ? "A" : "B");
    }
    assertEquals(List.of("A", "B", "A", "B"), owners);
    assertEquals(List.of(), queue.claim(runner, 1, Duration.ZERO), "both learners are at the cap");
  }

  @Test
  void aLearnersHigherPriorityJobGoesFirst() {
    Long a = fixtures.learner();
    queue.enqueue(a, "train", "{}", 0);
    Long urgent = queue.enqueue(a, "train", "{}", 5);
    assertEquals(urgent, queue.claim(runner, 1, Duration.ZERO).get(0).jobId());
  }

  @Test
  void theAssignmentCarriesAttemptLeaseAndPayload() {
    Long a = fixtures.learner();
    Long id = queue.enqueue(a, "train", "{\"submission\": 7}", 0);
    JobAssignment job = queue.claim(runner, 1, Duration.ZERO).get(0);
    assertEquals(id, job.jobId());
    assertEquals(1, job.attempt());
    assertEquals("train", job.kind());
    assertEquals("cpu", job.resource());
    assertEquals("{\"submission\": 7}", job.payload());
    assertTrue(job.leaseUntil().isAfter(fixtures.job(id).startedAt()));
    JobView view = fixtures.job(id);
    assertEquals(JobState.RUNNING, view.state());
    assertEquals(runner, view.runnerId());
  }

  @Test
  void aClaimTakesOnlyJobsForTheResourcesItHas() {
    Long a = fixtures.learner();
    Long gpu = queue.enqueue(a, "train", "gpu", "{}", 0);
    assertEquals(List.of(), queue.claim(runner, Set.of("cpu"), 1, Duration.ZERO));
    assertEquals(List.of(gpu), ids(queue.claim(runner, Set.of("gpu"), 1, Duration.ZERO)));
  }

  @Test
  void theCapLimitsRunningJobsPerLearnerAndFinishingFreesAPlace() {
    int cap = config.maxRunningPerLearner();
    Long a = fixtures.learner();
    for (int i = 0; i < cap + 3; i++) {
      queue.enqueue(a, "train", "{}", 0);
    }
    List<JobAssignment> claimed = queue.claim(runner, cap + 3, Duration.ZERO);
    assertEquals(cap, claimed.size());
    assertEquals(List.of(), queue.claim(runner, 1, Duration.ZERO));

    JobAssignment done = claimed.get(0);
    attempts.finish(done.jobId(), done.attempt(), runner, new Verdict(ErrorClass.OK, null));
    assertEquals(1, queue.claim(runner, 5, Duration.ZERO).size());
  }

  @Test
  void concurrentClaimersNeverGetTheSameJob() throws Exception {
    List<Long> enqueued = new ArrayList<>();
    for (int learner = 0; learner < 20; learner++) {
      Long owner = fixtures.learner();
      enqueued.add(queue.enqueue(owner, "train", "{}", 0));
      enqueued.add(queue.enqueue(owner, "train", "{}", 0));
    }
    ConcurrentLinkedQueue<Long> claimed = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> claimers = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      Long claimer = fixtures.runner();
      claimers.add(
          threads.submit(
              () -> {
                start.await();
                List<JobAssignment> got;
                while (!(got = queue.claim(claimer, 3, Duration.ZERO)).isEmpty()) {
                  claimed.addAll(ids(got));
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> claimer : claimers) {
      claimer.get(60, TimeUnit.SECONDS);
    }
    assertEquals(enqueued.size(), claimed.size(), "every job claimed exactly once");
    assertEquals(new HashSet<>(enqueued), new HashSet<>(claimed));
  }

  @Test
  void theCapHoldsUnderConcurrentClaimsAndEnqueues() throws Exception {
    Long a = fixtures.learner();
    for (int i = 0; i < 10; i++) {
      queue.enqueue(a, "train", "{}", 0);
    }
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> work = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      Long claimer = fixtures.runner();
      work.add(
          threads.submit(
              () -> {
                start.await();
                for (int i = 0; i < 5; i++) {
                  queue.claim(claimer, 2, Duration.ZERO);
                }
                return null;
              }));
    }
    // Newer, more urgent jobs arriving mid-claim rank first in later snapshots.
    work.add(
        threads.submit(
            () -> {
              start.await();
              for (int i = 0; i < 10; i++) {
                queue.enqueue(a, "train", "{}", 10 + i);
              }
              return null;
            }));
    start.countDown();
    for (Future<?> f : work) {
      f.get(60, TimeUnit.SECONDS);
    }
    assertEquals(config.maxRunningPerLearner(), fixtures.running(a));
  }

  @Test
  void aLongPollWakesWhenAJobIsQueued() throws Exception {
    Long a = fixtures.learner();
    Duration wait = Duration.ofSeconds(20);
    Future<List<JobAssignment>> poll = threads.submit(() -> queue.claim(runner, 1, wait));
    awaitWaitingClaim();

    long started = System.nanoTime();
    Long id = queue.enqueue(a, "train", "{}", 0);
    List<JobAssignment> got = poll.get(wait.toSeconds(), TimeUnit.SECONDS);
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertEquals(List.of(id), ids(got));
    assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, "woke after " + took);
  }

  @Test
  void aLongPollWithNothingQueuedReturnsEmptyAfterTheWait() {
    Duration wait = Duration.ofMillis(300);
    long started = System.nanoTime();
    assertEquals(List.of(), queue.claim(runner, 1, wait));
    assertTrue(System.nanoTime() - started >= wait.toNanos());
  }

  @Test
  void claimLimitsAreChecked() {
    JobFixtures.assertRefused(
        RunnerProblem.INVALID_CLAIM, () -> queue.claim(runner, 0, Duration.ZERO));
    JobFixtures.assertRefused(
        RunnerProblem.INVALID_CLAIM,
        () -> queue.claim(runner, config.maxJobsPerClaim() + 1, Duration.ZERO));
    JobFixtures.assertRefused(
        RunnerProblem.INVALID_CLAIM,
        () -> queue.claim(runner, 1, config.maxClaimWait().plusSeconds(1)));
    JobFixtures.assertRefused(
        RunnerProblem.INVALID_CLAIM, () -> queue.claim(runner, Set.of("tpu"), 1, Duration.ZERO));
  }

  private void awaitWaitingClaim() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (signal.waiting() == 0) {
      assertTrue(System.nanoTime() < deadline, "the claim never started waiting");
      Thread.onSpinWait();
    }
  }
}
