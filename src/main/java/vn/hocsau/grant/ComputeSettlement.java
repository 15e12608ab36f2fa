package vn.hocsau.grant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import vn.hocsau.job.ComputeCharged;
import vn.hocsau.job.JobEnded;
import vn.hocsau.submission.LabJobFaulted;

/**
 * Replaces a job's reserved estimate by what the job queue's charging rule decided, in the
 * transaction that ended the job, so the meter and the job can never disagree. Each step is keyed
 * by the job and conditional on its state: a repeated or late event changes nothing.
 *
 * <ul>
 *   <li>{@link ComputeCharged} (the job was charged more than 0 s): the charge, at the slot's rate;
 *   <li>{@link JobEnded} of a job still reserved: charged 0 s when the rule charged it nothing,
 *       refunded when the rule waived it (RUNNER_LOST, the reaper, cancelled before it ran, a quick
 *       refusal);
 *   <li>{@link LabJobFaulted} (scoring failed by the platform's fault): refunded.
 * </ul>
 */
@ApplicationScoped
@Transactional
class ComputeSettlement {

  @Inject ComputeLedger ledger;
  @Inject ComputeMeter meter;
  @Inject Clock clock;

  void onCharged(@Observes ComputeCharged charged) {
    ledger.charge(
        charged.jobId(),
        charged.ownerId(),
        charged.resource(),
        meter.rate().gpuSeconds(charged.resource(), charged.seconds()),
        clock.instant());
  }

  void onEnded(@Observes JobEnded ended) {
    ledger.settle(ended.jobId(), ended.charged(), clock.instant());
  }

  void onFaulted(@Observes LabJobFaulted faulted) {
    ledger.refund(faulted.jobId(), clock.instant());
  }
}
