package vn.hocsau.job;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the job queue and of the limits the runner API enforces. */
@ConfigMapping(prefix = "hocsau.queue")
public interface QueueConfig {

  /** How long a claim or heartbeat keeps a job; runners heartbeat about every third of it. */
  @WithDefault("PT60S")
  Duration lease();

  /** Runs a job may get before it fails with RUNNER_LOST. */
  @WithDefault("3")
  int maxAttempts();

  /** Jobs of one learner that may run at the same time. */
  @WithDefault("2")
  int maxRunningPerLearner();

  /** Longest long-poll a claim may ask for. */
  @WithDefault("PT30S")
  Duration maxClaimWait();

  /** Most jobs one claim may take. */
  @WithDefault("16")
  int maxJobsPerClaim();

  /**
   * How often a waiting claim looks at the database even without a wake-up. Enqueues on this
   * replica wake waiters at once; this bounds the delay for jobs queued on another replica.
   */
  @WithDefault("PT2S")
  Duration recheckInterval();

  /** How often expired leases are looked for ({@code off} disables the reaper). */
  @WithDefault("15s")
  String reaperInterval();

  /** How often the queue-depth gauge is refreshed ({@code off} disables it). */
  @WithDefault("10s")
  String metricsInterval();

  /** Most events in one batch. */
  @WithDefault("100")
  int eventsPerBatch();

  /** Largest event payload, in bytes of JSON. */
  @WithDefault("4096")
  int eventMaxBytes();

  /** Events one attempt may send per minute. */
  @WithDefault("600")
  int eventsPerMinute();

  /** Events one attempt may send in all. */
  @WithDefault("20000")
  int eventsPerAttempt();

  /** Largest output file, in bytes. */
  @WithDefault("8388608")
  int outputMaxBytes();

  /** Output files one attempt may upload. */
  @WithDefault("8")
  int outputsPerAttempt();

  /** Longest verdict message kept, in characters; longer ones are cut. */
  @WithDefault("8000")
  int messageMaxChars();

  /** Most seconds of usage a runner may report per figure; larger values are cut to this. */
  @WithDefault("604800")
  double usageMaxSeconds();
}
