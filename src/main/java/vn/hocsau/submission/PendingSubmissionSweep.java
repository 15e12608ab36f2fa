package vn.hocsau.submission;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import vn.hocsau.job.JobEnded;
import vn.hocsau.job.JobQueue;
import vn.hocsau.lab.LabConfig;

/**
 * Settles training submissions that stayed PENDING although their job ended: scoring threw in the
 * {@link JobEnded} observer, or the platform died between the job's end and the observer. After a
 * grace period each such submission is scored again from the job's stored outputs; when that fails
 * too, it fails with {@code lab_scoring_failed} (not charged) instead of waiting forever.
 *
 * <p>Every replica runs it. Each submission is settled in its own transaction that locks the row
 * ({@code FOR UPDATE SKIP LOCKED}) and requires it to be PENDING still, so two sweeps, or a sweep
 * and a late observer, never score it twice.
 */
@ApplicationScoped
public class PendingSubmissionSweep {

  private static final Logger LOG = Logger.getLogger(PendingSubmissionSweep.class);

  /** Candidates read per query. */
  private static final int PAGE = 200;

  @Inject LabSubmissionRepository submissions;
  @Inject TrainingSubmissions training;
  @Inject JobQueue queue;
  @Inject LabConfig config;
  @Inject Clock clock;

  /**
   * What one pass did: the ids of the submissions it scored or refused, and of those it failed
   * because scoring failed again.
   */
  public record Swept(List<Long> settled, List<Long> failed) {}

  @Scheduled(
      identity = "lab-pending-sweep",
      every = "${hocsau.labs.sweep-interval}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void onSchedule() {
    Swept swept = sweep();
    if (!swept.settled().isEmpty() || !swept.failed().isEmpty()) {
      LOG.infof(
          "Pending submissions whose job ended: %s settled, %s failed (scoring failed again)",
          swept.settled(), swept.failed());
    }
  }

  /** Settles every PENDING submission whose job ended more than the grace period ago. */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public Swept sweep() {
    Instant before = clock.instant().minus(config.sweepGrace());
    List<Long> settled = new ArrayList<>();
    List<Long> failed = new ArrayList<>();
    long after = 0;
    while (true) {
      Page page = page(before, after);
      if (page.lastId() == null) {
        return new Swept(settled, failed);
      }
      after = page.lastId();
      for (Candidate c : page.candidates()) {
        switch (training.retry(c.end())) {
          case SETTLED -> settled.add(c.submissionId());
          case GAVE_UP -> failed.add(c.submissionId());
          case NONE -> {}
        }
      }
    }
  }

  /** A pending submission whose job ended. */
  record Candidate(long submissionId, JobEnded end) {}

  /** A page of candidates: the last submission id read (null when none), and those to settle. */
  record Page(Long lastId, List<Candidate> candidates) {}

  /** The next candidates after {@code after}, and which of their jobs ended before the grace. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  Page page(Instant before, long after) {
    List<LabSubmissionRepository.PendingJob> rows = submissions.pendingJobs(before, after, PAGE);
    if (rows.isEmpty()) {
      return new Page(null, List.of());
    }
    Map<Long, Long> submissionOfJob = new HashMap<>();
    rows.forEach(r -> submissionOfJob.put(r.jobId(), r.submissionId()));
    List<Candidate> candidates =
        queue.endedBefore(submissionOfJob.keySet(), before).stream()
            .filter(e -> TrainingSubmissions.JOB_KIND.equals(e.kind()))
            .map(e -> new Candidate(submissionOfJob.get(e.jobId()), e))
            .toList();
    return new Page(rows.get(rows.size() - 1).submissionId(), candidates);
  }
}
