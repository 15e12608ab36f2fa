package vn.hocsau.job;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Takes jobs back from runners that stopped sending heartbeats: the job goes back in the queue, or
 * fails with RUNNER_LOST after its last attempt. Every replica runs it; the updates are conditional
 * on the expired lease, so running it twice at once changes nothing twice.
 */
@ApplicationScoped
public class LeaseReaper {

  private static final Logger LOG = Logger.getLogger(LeaseReaper.class);

  @Inject JobRepository jobs;
  @Inject Event<JobsAvailable> available;
  @Inject Event<JobEnded> ended;
  @Inject Clock clock;
  @Inject JobMetrics metrics;

  /** What one pass did. */
  public record Reaped(int cancelled, int failed, int requeued) {}

  @Scheduled(
      identity = "job-lease-reaper",
      every = "${hocsau.queue.reaper-interval}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void onSchedule() {
    reap();
  }

  /** Ends or requeues every running job whose lease expired before now. */
  @Transactional
  public Reaped reap() {
    Instant now = clock.instant();
    List<JobEnded> cancelled = jobs.cancelExpired(now);
    List<JobEnded> failed = jobs.failExpired(now);
    Reaped reaped = new Reaped(cancelled.size(), failed.size(), jobs.requeueExpired(now));
    cancelled.forEach(ended::fire);
    failed.forEach(ended::fire);
    if (reaped.requeued() + reaped.failed() + reaped.cancelled() > 0) {
      LOG.infof(
          "Expired leases: %d requeued, %d failed (RUNNER_LOST), %d cancelled",
          reaped.requeued(), reaped.failed(), reaped.cancelled());
      available.fire(new JobsAvailable());
      metrics.leasesExpired(reaped);
    }
    return reaped;
  }
}
