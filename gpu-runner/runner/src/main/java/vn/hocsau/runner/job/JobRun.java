package vn.hocsau.runner.job;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.hocsau.runner.api.ApiException;
import vn.hocsau.runner.api.Assignment;
import vn.hocsau.runner.api.PlatformClient;
import vn.hocsau.runner.api.Usage;
import vn.hocsau.runner.loop.JobExecutor;
import vn.hocsau.runner.sandbox.Sandbox;
import vn.hocsau.runner.sandbox.SandboxLimits;
import vn.hocsau.runner.sandbox.SandboxOutcome;
import vn.hocsau.runner.sandbox.StopSignal;

/**
 * Runs one claimed attempt from start to finish: validate the payload, prepare the job folder,
 * heartbeat, run the sandbox while forwarding events, classify, upload outputs, report the verdict
 * with usage, and clean up.
 */
public final class JobRun implements JobExecutor {

  /** Name of the uploaded log tail. */
  public static final String LOG_OUTPUT = "log.txt";

  private static final Logger LOG = Logger.getLogger(JobRun.class.getName());

  private final PlatformClient client;
  private final Sandbox sandbox;
  private final TrainerLaunch launch;
  private final JobFolder.Blobs blobs;
  private final Path jobsDir;
  private final ScheduledExecutorService scheduler;

  /** Creates the use case with its collaborators. */
  public JobRun(
      PlatformClient client,
      Sandbox sandbox,
      TrainerLaunch launch,
      JobFolder.Blobs blobs,
      Path jobsDir,
      ScheduledExecutorService scheduler) {
    this.client = client;
    this.sandbox = sandbox;
    this.launch = launch;
    this.blobs = blobs;
    this.jobsDir = jobsDir;
    this.scheduler = scheduler;
  }

  @Override
  public void execute(Assignment job, int slot, boolean gpu, StopSignal stop)
      throws InterruptedException {
    run(job, slot, gpu, stop);
  }

  @Override
  public void handBack(Assignment job, String why) throws InterruptedException {
    finish(job, Verdict.of(ErrorClass.RUNNER_LOST, why), null);
  }

  /**
   * Runs the attempt on a slot and reports it; returns the verdict sent, or {@code null} when the
   * job was no longer ours.
   */
  public Verdict run(Assignment job, int slot, boolean gpu, StopSignal stop)
      throws InterruptedException {
    String name = "job-" + job.jobId() + "-" + job.attempt();
    JobPayload payload;
    try {
      payload = JobPayload.parse(job.payload());
    } catch (RefusedJobException e) {
      return finish(job, Verdict.of(ErrorClass.CONFIG_ERROR, e.getMessage()), null);
    }
    EventForwarder events =
        new EventForwarder(batch -> client.events(job.jobId(), job.attempt(), batch), scheduler);
    ScheduledFuture<?> heartbeats =
        scheduler.scheduleWithFixedDelay(
            () -> heartbeat(job, stop, events),
            job.heartbeatSeconds(),
            Math.max(1, job.heartbeatSeconds()),
            TimeUnit.SECONDS);
    ScheduledFuture<?> flusher =
        scheduler.scheduleWithFixedDelay(() -> flushQuietly(events), 1, 1, TimeUnit.SECONDS);
    try (JobFolder folder =
        JobFolder.prepare(
            jobsDir.resolve(name), job.payload(), payload, blobs::get, sandbox::dataPath)) {
      SandboxLimits limits = launch.limits(payload);
      SandboxOutcome outcome =
          sandbox.run(launch.request(name, slot, gpu, folder, limits), events, stop);
      heartbeats.cancel(false);
      flusher.cancel(false);
      if (StopSignal.LOST.equals(stop.reason()) || events.gone()) {
        LOG.warning(name + ": no longer ours; dropping it without a verdict");
        return null;
      }
      Verdict verdict = verdictOf(outcome, limits, stop);
      if (events.dropped() > 0) {
        events.runnerLog("the runner dropped " + events.dropped() + " event lines");
      }
      flushWithin(events, 10_000);
      verdict = upload(job, outcome, verdict);
      Usage usage =
          new Usage(outcome.wallSeconds(), outcome.cpuSeconds(), gpu ? outcome.wallSeconds() : 0);
      return finish(job, verdict, usage);
    } catch (IOException e) {
      LOG.log(Level.WARNING, name + ": the runner could not run the job; handing it back", e);
      return finish(
          job, Verdict.of(ErrorClass.RUNNER_LOST, "runner problem: " + e.getMessage()), null);
    } finally {
      heartbeats.cancel(false);
      flusher.cancel(false);
    }
  }

  private static Verdict verdictOf(SandboxOutcome outcome, SandboxLimits limits, StopSignal stop) {
    if (StopSignal.DRAINING.equals(stop.reason())) {
      return Verdict.of(ErrorClass.RUNNER_LOST, StopSignal.DRAINING);
    }
    if (StopSignal.CANCELLED.equals(stop.reason())) {
      return Verdict.of(ErrorClass.CANCELLED, StopSignal.CANCELLED);
    }
    return VerdictRules.classify(outcome, limits);
  }

  private void heartbeat(Assignment job, StopSignal stop, EventForwarder events) {
    try {
      if (client.heartbeat(job.jobId(), job.attempt())) {
        stop.stop(StopSignal.CANCELLED);
      }
    } catch (ApiException e) {
      if (e.jobGone()) {
        stop.stop(StopSignal.LOST);
      } else {
        LOG.warning("job " + job.jobId() + ": heartbeat refused: " + e.getMessage());
      }
    } catch (IOException e) {
      LOG.warning("job " + job.jobId() + ": heartbeat failed: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void flushQuietly(EventForwarder events) {
    try {
      events.flush();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void flushWithin(EventForwarder events, long millis) throws InterruptedException {
    long end = System.currentTimeMillis() + millis;
    while (!events.flush() && !events.gone() && System.currentTimeMillis() < end) {
      Thread.sleep(200);
    }
  }

  /**
   * Uploads the predictions (for OK) and the log tail. Without its predictions an OK run is
   * worthless to the platform, so a failed upload hands the job back instead. Each upload is sent
   * again while the platform is unreachable or overloaded ({@link #withRetries}): the platform
   * stores an attempt's file under its name, so a repeat replaces it, and a platform restarted
   * during the upload (a deploy) must not cost the learner the whole training run.
   */
  private Verdict upload(Assignment job, SandboxOutcome outcome, Verdict verdict)
      throws InterruptedException {
    IOException failed =
        withRetries(
            () ->
                client.putOutput(
                    job.jobId(),
                    job.attempt(),
                    LOG_OUTPUT,
                    outcome.log().getBytes(StandardCharsets.UTF_8)));
    if (failed != null) {
      LOG.warning("job " + job.jobId() + ": log upload failed: " + failed.getMessage());
    }
    if (verdict.errorClass() != ErrorClass.OK) {
      return verdict;
    }
    byte[] predictions = outcome.output(JobFiles.PREDICTIONS).bytes();
    failed =
        withRetries(
            () -> client.putOutput(job.jobId(), job.attempt(), JobFiles.PREDICTIONS, predictions));
    if (failed != null) {
      LOG.warning("job " + job.jobId() + ": predictions upload failed: " + failed.getMessage());
      return Verdict.of(ErrorClass.RUNNER_LOST, "the predictions could not be uploaded");
    }
    return verdict;
  }

  /** A call to the platform that is safe to repeat. */
  private interface Call {
    void send() throws IOException, InterruptedException;
  }

  /** How many times a call is tried before the runner gives up on it. */
  private static final int TRIES = 5;

  /**
   * Sends {@code call}, again after 2, 4, 8 and 16 s while the platform cannot be reached or
   * answers 429 or 5xx (about half a minute: a platform restart). Returns null once it went
   * through, else the last failure; a refusal that will not change (the job is no longer this
   * runner's, a bad request) is returned at once.
   */
  private static IOException withRetries(Call call) throws InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        call.send();
        return null;
      } catch (ApiException e) {
        if (e.jobGone() || !e.retryable() || attempt >= TRIES) {
          return e;
        }
      } catch (IOException e) {
        if (attempt >= TRIES) {
          return e;
        }
      }
      Thread.sleep(1000L << Math.min(attempt, 4));
    }
  }

  private Verdict finish(Assignment job, Verdict verdict, Usage usage) throws InterruptedException {
    IOException failed =
        withRetries(
            () ->
                client.finish(
                    job.jobId(),
                    job.attempt(),
                    verdict.errorClass().name(),
                    verdict.message(),
                    verdict.problem(),
                    usage));
    if (failed instanceof ApiException) {
      // A repeated hand-back answers stale-attempt: the job is already requeued.
      LOG.warning("job " + job.jobId() + ": finish answered " + failed.getMessage());
    } else if (failed != null) {
      LOG.warning("job " + job.jobId() + ": finish failed; the lease will expire: " + failed);
    }
    return verdict;
  }
}
