package vn.hocsau.job.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import vn.hocsau.job.ErrorClass;
import vn.hocsau.job.JobEventLog;
import vn.hocsau.job.JobMessages;
import vn.hocsau.job.JobQueue;
import vn.hocsau.job.JobState;
import vn.hocsau.job.JobView;
import vn.hocsau.job.TrainerProblemWording;
import vn.hocsau.system.i18n.Bundles;
import vn.hocsau.system.i18n.CurrentLanguage;
import vn.hocsau.system.i18n.Language;

/**
 * The job page: a job's state, place in the queue, estimate, training progress, log tail and
 * verdict, for its owner or staff. Everyone else is told the job does not exist.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JobPages {

  /** How many recent runs the estimate looks at. */
  static final int HISTORY_RUNS = 20;

  @Inject JobQueue queue;
  @Inject JobEventLog events;
  @Inject JobPageRepository pages;
  @Inject ObjectMapper json;
  @Inject Clock clock;
  @Inject CurrentLanguage language;
  @Inject Instance<TrainerProblemWording> wordings;

  /** The job if {@code viewer} may see it. */
  public Optional<JobView> visible(Long jobId, Viewer viewer) {
    return queue.find(jobId).filter(job -> viewer.maySee(job.ownerId()));
  }

  /** The page of a job {@code viewer} may see. */
  public Optional<JobPage> page(Long jobId, Viewer viewer, JobMessages m) {
    return visible(jobId, viewer).map(job -> page(job, m));
  }

  /**
   * Cancels a job {@code viewer} may see; empty when they may not (or it does not exist). A job
   * that already ended is left as it is.
   */
  @Transactional
  public Optional<JobView> cancel(Long jobId, Viewer viewer) {
    return visible(jobId, viewer).flatMap(job -> queue.cancel(job.id()));
  }

  private JobPage page(JobView job, JobMessages m) {
    TrainingProgress progress =
        job.attempt() == 0
            ? TrainingProgress.of(List.of(), json)
            : TrainingProgress.of(events.list(job.id(), job.attempt(), -1), json);
    JobPageRepository.Extras extras = pages.extras(job.id()).orElseThrow();
    Long ahead = queue.jobsAhead(job.id()).orElse(null);
    OptionalDouble eta = eta(job, ahead, progress);
    boolean etaApplies = !job.state().isFinished();
    TrainingDiagnosis.Curve curve = TrainingDiagnosis.curve(progress.epochs(), diverged(job));
    // Advice is for a finished run: mid-run, a loss that has not fallen yet is no finding.
    List<String> advice =
        job.state().isFinished() ? DiagnosisText.advice(curve, m) : List.<String>of();
    boolean diagnosed =
        !advice.isEmpty()
            || (job.state().isFinished() && curve.epochs().size() >= TrainingDiagnosis.MIN_EPOCHS);
    OptionalDouble perEpoch = Eta.secondsPerEpoch(progress.epochs());
    String problem = problem(job, m);
    Integer percent =
        progress.totalEpochs() > 0
            ? Math.min(100, progress.epoch() * 100 / progress.totalEpochs())
            : null;
    return new JobPage(
        job.id(),
        job.kind(),
        job.resource(),
        job.state(),
        VerdictText.state(job.state(), m),
        job.state().isFinished(),
        !job.state().isFinished() && !job.cancelRequested(),
        job.cancelRequested(),
        job.attempt(),
        job.maxAttempts(),
        JobFormat.time(job.queuedAt()),
        JobFormat.time(job.startedAt()),
        JobFormat.time(job.finishedAt()),
        ahead,
        etaApplies && eta.isPresent() ? JobFormat.duration(eta.getAsDouble()) : null,
        etaApplies && eta.isEmpty(),
        progress.epoch(),
        progress.totalEpochs(),
        percent,
        progress.epochs(),
        progress.logLines(),
        progress.lastSeq(),
        job.errorClass() == null ? null : job.errorClass().name(),
        job.errorClass() == null ? null : VerdictText.explain(job.errorClass(), m),
        LogTail.withoutNoise(job.message()),
        JobFormat.duration(extras.chargedSeconds()),
        job.state().isFinished() && extras.chargeWaived(),
        usage(extras, m),
        diagnosed,
        advice,
        perEpoch.isPresent() ? perEpoch.getAsDouble() : null,
        problem,
        problem != null && !TrainerProblemText.keepsMessage(job.problem()),
        job.errorClass() == null ? null : VerdictText.name(job.errorClass(), m),
        submitted(extras));
  }

  /** The trainer's coded problem worded for the viewer, or null. */
  private String problem(JobView job, JobMessages m) {
    return problem(job, m, language.get());
  }

  private String problem(JobView job, JobMessages m, Language in) {
    if (job.problem() == null) {
      return null;
    }
    return TrainerProblemText.word(job.problem(), m, in, wordings.stream().toList()).orElse(null);
  }

  /**
   * The trainer's problem of each of {@code ownerId}'s jobs among {@code jobIds}, worded in {@code
   * in} as the job page words it (with its line and column), for pages that list submissions; jobs
   * without a problem this platform can word, and other people's jobs, are absent.
   */
  public Map<Long, String> problems(Collection<Long> jobIds, Long ownerId, Language in) {
    JobMessages m = Bundles.in(in, JobMessages.class);
    Map<Long, String> out = new HashMap<>();
    for (Long id : jobIds) {
      queue
          .find(id)
          .filter(job -> job.ownerId().equals(ownerId))
          .map(job -> problem(job, m, in))
          .ifPresent(text -> out.put(id, text));
    }
    return out;
  }

  /**
   * Whether the trainer stopped the run because the loss stopped being a number. The trainer says
   * so in a fixed English sentence ({@code TrainingRun.ScoreListener}); nothing else writes it.
   */
  static boolean diverged(JobView job) {
    return job.errorClass() == ErrorClass.RUNTIME_ERROR
        && job.message() != null
        && job.message().contains("training diverged");
  }

  private OptionalDouble eta(JobView job, Long ahead, TrainingProgress progress) {
    if (job.state() == JobState.QUEUED && ahead != null) {
      Instant now = clock.instant();
      return Eta.queued(
          ahead,
          pages.recentDurations(job.kind(), job.resource(), HISTORY_RUNS),
          pages.finishedSince(job.resource(), now.minus(Duration.ofHours(1))));
    }
    if (job.state() == JobState.RUNNING && job.startedAt() != null) {
      double elapsed = Duration.between(job.startedAt(), clock.instant()).toMillis() / 1000.0;
      return Eta.running(
          elapsed,
          progress.epoch(),
          progress.totalEpochs(),
          Eta.secondsPerEpoch(progress.epochs()),
          pages.recentDurations(job.kind(), job.resource(), HISTORY_RUNS));
    }
    return OptionalDouble.empty();
  }

  private static String usage(JobPageRepository.Extras e, JobMessages m) {
    if (e.wallSeconds() == null && e.cpuSeconds() == null && e.gpuSeconds() == null) {
      return "";
    }
    return m.job_usage(
        JobFormat.duration(orZero(e.wallSeconds())),
        JobFormat.duration(orZero(e.cpuSeconds())),
        JobFormat.duration(orZero(e.gpuSeconds())));
  }

  private static double orZero(Double v) {
    return v == null ? 0 : v;
  }

  /** The config or code the job trains, from the row already read; null without one. */
  private static JobSource.Submitted submitted(JobPageRepository.Extras extras) {
    String text = extras.submissionText();
    return text == null || text.isEmpty()
        ? null
        : new JobSource.Submitted(text, extras.submissionFile());
  }
}
