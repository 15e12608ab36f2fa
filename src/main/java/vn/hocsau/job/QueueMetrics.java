package vn.hocsau.job;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Exports the queue depth as {@code hocsau_jobs_queued{pool="cpu|gpu"}}, which sizes the runner
 * deployments (e.g. a KEDA ScaledObject on Prometheus). The pool is the job's resource, the slot
 * kind a runner pool serves. The count is refreshed on a schedule rather than on each scrape, so
 * scrapes never wait on the database.
 */
@Startup
@ApplicationScoped
public class QueueMetrics {

  /** The gauge's name; Prometheus shows it as {@code hocsau_jobs_queued}. */
  public static final String QUEUED = "hocsau.jobs.queued";

  /** The gauge's one label: the runner pool, {@code cpu} or {@code gpu}. */
  public static final String POOL = "pool";

  @Inject MeterRegistry registry;
  @Inject JobRepository jobs;

  private final Map<String, AtomicLong> queued = new TreeMap<>();

  @PostConstruct
  void register() {
    for (String resource : JobQueue.RESOURCES) {
      AtomicLong depth = new AtomicLong();
      queued.put(resource, depth);
      Gauge.builder(QUEUED, depth, AtomicLong::doubleValue)
          .description("Jobs waiting for a runner")
          .tag(POOL, resource)
          .register(registry);
    }
  }

  @Scheduled(
      identity = "job-queue-metrics",
      every = "${hocsau.queue.metrics-interval}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void onSchedule() {
    refresh();
  }

  /** Reads the queue depth now. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public void refresh() {
    Map<String, Long> counts = jobs.countQueuedByResource();
    queued.forEach((resource, depth) -> depth.set(counts.getOrDefault(resource, 0L)));
  }
}
