package vn.hocsau.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.junit.jupiter.api.function.Executable;
import vn.hocsau.job.runner.RunnerTokenService;
import vn.hocsau.support.TestAccounts;

/** Small factories for queue tests: learners, runners, and an empty queue. */
@ApplicationScoped
public class JobFixtures {

  @Inject EntityManager em;
  @Inject RunnerTokenService tokens;
  @Inject TestAccounts accounts;
  @Inject JobQueue queue;
  @Inject JobRepository jobs;

  /** Empties the queue, so a claim sees only the jobs the test made. */
  @Transactional
  public void clearJobs() {
    em.createNativeQuery("DELETE FROM job").executeUpdate();
  }

  /** A new learner's user id. */
  public Long learner() {
    return accounts.create("learner").id;
  }

  /** A new runner's id. */
  public Long runner() {
    return tokens.create("test runner").view().id();
  }

  /** A new runner token, in plain text. */
  public String runnerToken() {
    return tokens.create("test runner").token();
  }

  /**
   * The job as stored now. Read in a transaction of its own: a test method runs in one request
   * context, whose session would otherwise hand back the entity it loaded first.
   */
  @Transactional
  public JobView job(Long id) {
    return queue.find(id).orElseThrow();
  }

  /**
   * Ends a running job as SUCCEEDED through its repository, firing no {@link JobEnded}: what the
   * database holds when a platform dies after the runner's finish committed and before the job's
   * observers ran.
   */
  @Transactional
  public void endWithoutEvent(Long jobId, java.time.Instant now) {
    Job job =
        jobs.findLocked(jobId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).orElseThrow();
    job.finish(ErrorClass.OK, null, now);
  }

  /** How many jobs of {@code ownerId} are running. */
  @Transactional
  public long running(Long ownerId) {
    return ((Number)
            em.createNativeQuery(
                    "SELECT count(*) FROM job WHERE owner_id = ?1 AND state = 'RUNNING'")
                .setParameter(1, ownerId)
                .getSingleResult())
        .longValue();
  }

  /** The ids of {@code jobs}. */
  public static List<Long> ids(List<JobAssignment> jobs) {
    return jobs.stream().map(JobAssignment::jobId).toList();
  }

  /** Asserts that {@code call} is refused with {@code problem}. */
  public static void assertRefused(RunnerProblem problem, Executable call) {
    assertEquals(problem, assertThrows(RunnerApiException.class, call).problem());
  }
}
