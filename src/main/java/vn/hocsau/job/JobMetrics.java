package vn.hocsau.job;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Counts how jobs end and how often leases expire, for alerts (docs/operations.md, "Metrics and
 * alerts"): {@code hocsau_jobs_ended_total{state, error_class}} and {@code
 * hocsau_job_leases_expired_total{outcome}}. Counters are per replica; Prometheus sums them.
 */
@ApplicationScoped
public class JobMetrics {

  /** Jobs that reached a final state; Prometheus shows {@code hocsau_jobs_ended_total}. */
  public static final String ENDED = "hocsau.jobs.ended";

  /** Running jobs whose lease expired; Prometheus shows {@code hocsau_job_leases_expired_total}. */
  public static final String LEASES_EXPIRED = "hocsau.job.leases.expired";

  @Inject MeterRegistry registry;

  // After commit only, so a rolled-back finish is not counted.
  void onEnded(@Observes(during = TransactionPhase.AFTER_SUCCESS) JobEnded ended) {
    String errorClass = ended.errorClass() == null ? "NONE" : ended.errorClass().name();
    registry.counter(ENDED, "state", ended.state().name(), "error_class", errorClass).increment();
  }

  /** Records what one pass of the lease reaper did. */
  void leasesExpired(LeaseReaper.Reaped reaped) {
    count("requeued", reaped.requeued());
    count("failed", reaped.failed());
    count("cancelled", reaped.cancelled());
  }

  private void count(String outcome, int jobs) {
    if (jobs > 0) {
      registry.counter(LEASES_EXPIRED, "outcome", outcome).increment(jobs);
    }
  }
}
