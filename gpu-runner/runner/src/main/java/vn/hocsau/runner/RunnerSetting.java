package vn.hocsau.runner;

/**
 * The runner's settings, each readable from an environment variable or from a properties key.
 * Environment variables are what containers and systemd units pass; properties suit tests and a
 * future config file.
 */
public enum RunnerSetting {
  // Descriptions stay ASCII: they reach stderr in containers with no locale set, where Java 17
  // prints '?' for every other character.
  PLATFORM_URL(
      "HOCSAU_PLATFORM_URL",
      "hocsau.platform-url",
      null,
      "base URL of the platform, e.g. https://hocsau.example.org"),
  TOKEN(
      "HOCSAU_RUNNER_TOKEN",
      "hocsau.runner.token",
      null,
      "runner token issued by a platform admin"),
  INSTANCE(
      "HOCSAU_RUNNER_INSTANCE",
      "hocsau.runner.instance",
      "0",
      "number of this runner among those sharing one machine, 0 to 99; each needs its own"),
  SLOTS(
      "HOCSAU_RUNNER_SLOTS", "hocsau.runner.slots", "cpu", "one entry per slot, e.g. cpu,cpu,gpu"),
  SANDBOX("HOCSAU_SANDBOX", "hocsau.sandbox", "bwrap", "one of bwrap, container, none"),
  WALL_TIME(
      "HOCSAU_WALL_TIME",
      "hocsau.wall-time",
      "1h",
      "longest a job may run, e.g. 90s, 30m, 1h30m or PT1H30M"),
  MEMORY_LIMIT(
      "HOCSAU_MEMORY_LIMIT",
      "hocsau.memory-limit",
      "2g",
      "memory per job sandbox, e.g. 512m or 2g"),
  WORK_DIR(
      "HOCSAU_WORK_DIR",
      "hocsau.work-dir",
      "/var/lib/hocsau-runner",
      "folder for job folders, the blob cache, natives and scratch mounts"),
  TRAINER_DIR(
      "HOCSAU_TRAINER_DIR",
      "hocsau.trainer-dir",
      "gpu-runner/trainer/target/trainer-dist",
      "trainer distribution folder holding lib/*.jar"),
  JOB_CPUS("HOCSAU_JOB_CPUS", "hocsau.job-cpus", "2", "CPUs per job (cgroup quota), e.g. 2"),
  TMP_SIZE("HOCSAU_TMP_SIZE", "hocsau.tmp-size", "1g", "size of each job's /tmp, e.g. 1g"),
  OUT_SIZE("HOCSAU_OUT_SIZE", "hocsau.out-size", "64m", "size of each job's /out, e.g. 64m"),
  LOG_LIMIT(
      "HOCSAU_LOG_LIMIT",
      "hocsau.log-limit",
      "8m",
      "most stdout plus stderr a job may print before OUTPUT_LIMIT, e.g. 8m"),
  HEAP_PERCENT(
      "HOCSAU_HEAP_PERCENT",
      "hocsau.heap-percent",
      "50",
      "share of the job memory given to the Java heap, 10 to 90"),
  JVM_FLAGS(
      "HOCSAU_TRAINER_JVM_FLAGS",
      "hocsau.trainer-jvm-flags",
      "",
      "extra JVM flags for the trainer, space-separated, appended last"),
  WARMUP_COMMAND(
      "HOCSAU_WARMUP_COMMAND",
      "hocsau.warmup-command",
      "",
      "command that unpacks natives once, with {java}, {lib} and {natives} placeholders"),
  CLASS_ARCHIVE(
      "HOCSAU_CLASS_ARCHIVE",
      "hocsau.class-archive",
      "on",
      "on: share one AppCDS archive of the trainer's classes between jobs (faster start); off"),
  DRAIN_TIME(
      "HOCSAU_DRAIN_TIME",
      "hocsau.drain-time",
      "5m",
      "how long SIGTERM waits for running jobs before handing them back, e.g. 5m"),
  ALLOW_UNSANDBOXED(
      "HOCSAU_ALLOW_UNSANDBOXED",
      "hocsau.allow-unsandboxed",
      "no",
      "must be i-understand for HOCSAU_SANDBOX=none (trusted development only)"),
  CONTAINER_ENGINE(
      "HOCSAU_CONTAINER_ENGINE",
      "hocsau.container.engine",
      "podman",
      "container engine for HOCSAU_SANDBOX=container: podman or docker"),
  CONTAINER_IMAGE(
      "HOCSAU_CONTAINER_IMAGE",
      "hocsau.container.image",
      "",
      "trainer image for HOCSAU_SANDBOX=container, as build-trainer-image.sh prints it"),
  CONTAINER_RUNTIME(
      "HOCSAU_CONTAINER_RUNTIME",
      "hocsau.container.runtime",
      "",
      "OCI runtime for HOCSAU_SANDBOX=container, e.g. runc; empty for the engine's default"),
  CONTAINER_ULIMITS(
      "HOCSAU_CONTAINER_ULIMITS",
      "hocsau.container.ulimits",
      "nproc=1024:1024",
      "further --ulimit values for HOCSAU_SANDBOX=container, comma-separated");

  private final String envName;
  private final String propertyKey;
  private final String defaultValue;
  private final String description;

  RunnerSetting(String envName, String propertyKey, String defaultValue, String description) {
    this.envName = envName;
    this.propertyKey = propertyKey;
    this.defaultValue = defaultValue;
    this.description = description;
  }

  /** The environment variable, e.g. {@code HOCSAU_RUNNER_SLOTS}. */
  public String envName() {
    return envName;
  }

  /** The properties key, e.g. {@code hocsau.runner.slots}. */
  public String propertyKey() {
    return propertyKey;
  }

  /** The value used when the setting is absent or blank; {@code null} means it is required. */
  public String defaultValue() {
    return defaultValue;
  }

  /** A one-line explanation with an example, used in error messages. */
  public String description() {
    return description;
  }

  /** Whether the runner refuses to start without this setting. */
  public boolean required() {
    return defaultValue == null;
  }
}
