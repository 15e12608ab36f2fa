package vn.hocsau.job;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Tuple;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.hocsau.system.db.SqlRow;

/** Queries on {@link Job}. Claims and the reaper are set-based native SQL. */
@ApplicationScoped
public class JobRepository implements PanacheRepository<Job> {

  /**
   * The queued jobs needing one of {@code :resources}, as claims see them, in the CTE {@code
   * turns}: each learner's queued jobs ranked (priority, then age), and a job's turn is that rank
   * plus the learner's running jobs. Claims and queue positions share it, so a position is exactly
   * the order claims take.
   *
   * <p>Each step is MATERIALIZED, so the ranking runs once per statement whatever the planner
   * believes. Written as joins of subqueries, a queue that had grown faster than its statistics (a
   * deadline rush: {@code job} analysed while nearly empty) was planned as a nested loop that
   * ranked the whole queue again for every queued job: 500 queued jobs made each claim 130–200 ms,
   * run under the claim lock, so runners queued behind it (bench/queue, docs/benchmarks.md).
   */
  private static final String FAIR_SHARE_WITH =
      """
      WITH ranked AS MATERIALIZED (
             SELECT q.id, q.owner_id, q.priority, q.queued_at, row_number() OVER (
                      PARTITION BY q.owner_id ORDER BY q.priority DESC, q.queued_at, q.id) AS rank
             FROM job q
             WHERE q.state = 'QUEUED' AND q.resource IN (:resources)),
           busy AS MATERIALIZED (
             SELECT owner_id, count(*) AS running FROM job
             WHERE state = 'RUNNING' GROUP BY owner_id),
           turns AS MATERIALIZED (
             SELECT r.id, r.priority, r.queued_at, r.rank + coalesce(b.running, 0) AS turn
             FROM ranked r LEFT JOIN busy b ON b.owner_id = r.owner_id)
      """;

  /** The order claims take queued jobs in: lowest turn first. */
  private static final String FAIR_SHARE_ORDER = "turn, priority DESC, queued_at, id";

  /**
   * How many candidates beyond {@code :limit} a claim looks at, in case rows are locked by another
   * transaction (a cancel, the reaper); claims themselves run one at a time under the claim lock.
   */
  static final int SKIP_LOCKED_SLACK = 16;

  /** Key of the transaction-scoped advisory lock that lets one claim run at a time. */
  static final long CLAIM_LOCK = 0x4853_4a4f_4243_4c4dL;

  /**
   * Takes the next queued jobs for {@code runnerId}, fairly: each learner's queued jobs are ranked
   * (priority, then age), and a job's turn is its rank plus the learner's running jobs, so one
   * learner's 50 jobs queue behind everyone else's first ones. A learner with {@code cap} jobs
   * running gets none. Rows that another transaction holds are skipped, not waited for; only the
   * first {@code limit + SKIP_LOCKED_SLACK} candidates are looked at, so the locking join stays
   * small.
   *
   * @return one row per claimed job
   */
  List<Claimed> claim(
      Long runnerId,
      Collection<String> resources,
      int limit,
      int cap,
      Instant now,
      Instant leaseUntil) {
    return SqlRow.all(
            SqlRow.query(
                    getEntityManager(),
                    // The picked rows are a MATERIALIZED CTE, not "WHERE id IN (SELECT … LIMIT n)":
                    // PostgreSQL may run such a subquery more than once per statement, and with
                    // SKIP
                    // LOCKED each run can pick other rows, so a claim for 2 jobs once took 3 (seen
                    // in
                    // CI after the reliability tests had filled the table and changed the plan).
                    FAIR_SHARE_WITH
                        + """
            , candidates AS MATERIALIZED (
              SELECT id, turn, priority, queued_at FROM turns
              WHERE turn <= :cap
              ORDER BY %1$s
              LIMIT :limit + %2$d),
            picked AS MATERIALIZED (
              SELECT j.id
              FROM job j JOIN candidates c ON c.id = j.id
              WHERE j.state = 'QUEUED'
              ORDER BY c.turn, c.priority DESC, c.queued_at, c.id
              LIMIT :limit
              FOR UPDATE OF j SKIP LOCKED)
            UPDATE job SET state = 'RUNNING', attempt = attempt + 1, runner_id = :runner,
                   lease_until = :lease, started_at = :now, version = version + 1
              FROM picked
             WHERE job.id = picked.id
            RETURNING job.id, job.attempt, job.kind, job.resource, job.payload::text AS payload
            """
                            .formatted(FAIR_SHARE_ORDER, SKIP_LOCKED_SLACK))
                .setParameter("runner", runnerId)
                .setParameter("lease", Timestamp.from(leaseUntil))
                .setParameter("now", Timestamp.from(now))
                .setParameter("resources", resources)
                .setParameter("cap", cap)
                .setParameter("limit", limit))
        .stream()
        .map(
            r ->
                new Claimed(
                    r.longValue("id"),
                    r.intValue("attempt"),
                    r.string("kind"),
                    r.string("resource"),
                    r.string("payload")))
        .toList();
  }

  /** A job that {@link #claim} took: its new attempt number, and its payload as JSON text. */
  record Claimed(long id, int attempt, String kind, String resource, String payload) {}

  /**
   * How many queued jobs of the same resource claims would take before the queued job {@code id},
   * in the claims' fair-share order; empty when the job is not queued.
   */
  Optional<Long> jobsAhead(Long id, String resource) {
    List<?> rows =
        getEntityManager()
            .createNativeQuery(
                FAIR_SHARE_WITH
                    + "SELECT place FROM (SELECT id, row_number() OVER (ORDER BY "
                    + FAIR_SHARE_ORDER
                    + ") AS place FROM turns) ordered WHERE ordered.id = :id")
            .setParameter("resources", List.of(resource))
            .setParameter("id", id)
            .getResultList();
    return rows.stream().findFirst().map(place -> ((Number) place).longValue() - 1);
  }

  /** Waits for the claim lock; it is released when the transaction ends. */
  void lockClaims() {
    getEntityManager()
        .createNativeQuery("SELECT pg_advisory_xact_lock(:key)")
        .setParameter("key", CLAIM_LOCK)
        .getResultList();
  }

  /** The job, locked against concurrent changes until the transaction ends. */
  Optional<Job> findLocked(Long id, LockModeType lock) {
    return Optional.ofNullable(findById(id, lock));
  }

  /** Waives the charge of a job that ended; see {@link JobQueue#waiveCharge}. */
  void waiveCharge(Long jobId) {
    getEntityManager()
        .createNativeQuery(
            """
            UPDATE job SET charged_seconds = 0, charge_waived = TRUE, version = version + 1
            WHERE id = :id AND finished_at IS NOT NULL AND NOT charge_waived
            """)
        .setParameter("id", jobId)
        .executeUpdate();
  }

  /** Running jobs whose lease expired and whose learner asked to cancel them: cancelled. */
  List<JobEnded> cancelExpired(Instant now) {
    return endAll(
        """
        UPDATE job SET state = 'CANCELLED', error_class = 'CANCELLED', finished_at = :now,
               lease_until = NULL, charged_seconds = 0, charge_waived = TRUE, version = version + 1
        WHERE state = 'RUNNING' AND lease_until < :now AND cancel_requested_at IS NOT NULL
        RETURNING id, owner_id, kind, state, error_class, attempt
        """,
        now);
  }

  /** Running jobs whose lease expired on their last attempt: failed with RUNNER_LOST. */
  List<JobEnded> failExpired(Instant now) {
    return endAll(
        """
        UPDATE job SET state = 'FAILED', error_class = 'RUNNER_LOST', finished_at = :now,
               lease_until = NULL, charged_seconds = 0, charge_waived = TRUE, version = version + 1
        WHERE state = 'RUNNING' AND lease_until < :now AND attempt >= max_attempts
        RETURNING id, owner_id, kind, state, error_class, attempt
        """,
        now);
  }

  /** The other running jobs whose lease expired: back in the queue, keeping their place. */
  int requeueExpired(Instant now) {
    return update(
        """
        UPDATE job SET state = 'QUEUED', runner_id = NULL, lease_until = NULL,
               version = version + 1
        WHERE state = 'RUNNING' AND lease_until < :now
        """,
        now);
  }

  /**
   * Runs one of the reaper's endings. They all end jobs whose runner stopped reporting, which the
   * charging rule waives, so none is charged or counted against the learner's allowance.
   */
  private List<JobEnded> endAll(String sql, Instant now) {
    return SqlRow.all(
            SqlRow.query(getEntityManager(), sql).setParameter("now", Timestamp.from(now)))
        .stream()
        .map(
            r ->
                new JobEnded(
                    r.longValue("id"),
                    r.longValue("owner_id"),
                    r.string("kind"),
                    JobState.valueOf(r.string("state")),
                    ErrorClass.valueOf(r.string("error_class")),
                    r.intValue("attempt"),
                    ComputeCharge.lostByPlatform().counts()))
        .toList();
  }

  private int update(String sql, Instant now) {
    return getEntityManager()
        .createNativeQuery(sql)
        .setParameter("now", Timestamp.from(now))
        .executeUpdate();
  }

  /** The jobs among {@code ids} that reached a final state before {@code before}. */
  List<Job> endedBefore(Collection<Long> ids, Instant before) {
    return list(
        "id in ?1 and state in ?2 and finishedAt < ?3",
        ids,
        List.of(JobState.SUCCEEDED, JobState.FAILED, JobState.CANCELLED),
        before);
  }

  /** Queued jobs by resource ({@code cpu}, {@code gpu}). */
  Map<String, Long> countQueuedByResource() {
    Map<String, Long> counts = new TreeMap<>();
    SqlRow.all(
            getEntityManager()
                .createQuery(
                    "SELECT j.resource AS resource, count(j) AS queued FROM Job j"
                        + " WHERE j.state = :state GROUP BY j.resource",
                    Tuple.class)
                .setParameter("state", JobState.QUEUED))
        .forEach(r -> counts.put(r.string("resource"), r.longValue("queued")));
    return counts;
  }
}
