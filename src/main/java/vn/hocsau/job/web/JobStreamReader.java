package vn.hocsau.job.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.hocsau.job.ErrorClass;
import vn.hocsau.job.JobEventLog;
import vn.hocsau.job.JobEventView;
import vn.hocsau.job.JobQueue;
import vn.hocsau.job.JobState;
import vn.hocsau.job.JobView;

/** One look at a job for a live stream, in a short transaction of its own. */
@ApplicationScoped
public class JobStreamReader {

  /** Most events sent per look; a stream catching up reads again at once. */
  static final int BATCH = 500;

  @Inject JobQueue queue;
  @Inject JobEventLog events;

  /**
   * What a stream at {@code cursor} has not sent yet.
   *
   * @param restarted whether the job is on a newer attempt than the cursor: the chart starts over
   * @param events the events after the cursor, in order, at most {@link #BATCH}
   * @param more whether more events are waiting
   * @param jobsAhead the job's place in the queue (jobs claims take before it); null unless queued
   */
  public record Snapshot(
      JobState state,
      ErrorClass errorClass,
      int attempt,
      boolean restarted,
      List<JobEventView> events,
      boolean more,
      Long jobsAhead) {}

  /** The job's news since {@code cursor}; null when the job is gone. */
  @Transactional
  public Snapshot read(Long jobId, StreamCursor cursor) {
    JobView job = queue.find(jobId).orElse(null);
    if (job == null) {
      return null;
    }
    boolean restarted = job.attempt() != cursor.attempt();
    long after = restarted ? -1 : cursor.seq();
    List<JobEventView> list =
        job.attempt() == 0 ? List.of() : events.list(job.id(), job.attempt(), after);
    boolean more = list.size() > BATCH;
    return new Snapshot(
        job.state(),
        job.errorClass(),
        job.attempt(),
        restarted && job.attempt() > 0,
        more ? list.subList(0, BATCH) : list,
        more,
        job.state() == JobState.QUEUED ? queue.jobsAhead(jobId).orElse(null) : null);
  }
}
