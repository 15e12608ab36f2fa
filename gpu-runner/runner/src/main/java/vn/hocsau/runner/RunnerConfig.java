package vn.hocsau.runner;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Function;
import vn.hocsau.runner.container.ContainerRunLine;
import vn.hocsau.runner.container.ContainerSettings;
import vn.hocsau.runner.sandbox.SandboxHost;

/**
 * The runner's validated configuration. Build it with {@link #fromEnvironment(Map)} or {@link
 * #fromProperties(Properties)}; both report every problem at once in an {@link
 * InvalidConfigException}.
 *
 * @param platformUrl base URL of the platform's runner API, always ending in {@code /}
 * @param token secret that authenticates this runner; never printed by {@link #toString()}
 * @param instance which of the runners sharing this machine this one is: it picks the slot UIDs and
 *     scratch folders no other instance uses
 * @param slots one entry per concurrent job, in order
 * @param slotGpus the GPU of each slot, in the same order: -1 for a CPU slot, N for {@code
 *     /dev/nvidiaN}
 * @param sandboxMode how each job is isolated
 * @param wallTimeLimit longest a single job may run
 * @param memoryLimit memory granted to each job sandbox
 * @param job how jobs are prepared and limited
 * @param container the engine, image, runtime and ulimits of {@code HOCSAU_SANDBOX=container}
 */
public record RunnerConfig(
    URI platformUrl,
    String token,
    int instance,
    List<SlotKind> slots,
    List<Integer> slotGpus,
    SandboxMode sandboxMode,
    Duration wallTimeLimit,
    MemorySize memoryLimit,
    JobSettings job,
    ContainerSettings container) {

  // A JVM trainer cannot even load ND4J below this; a smaller limit is a typo, not a choice.
  static final MemorySize MINIMUM_MEMORY = MemorySize.parse("64m");

  /** Copies the slot list and rejects missing fields. */
  public RunnerConfig {
    Objects.requireNonNull(platformUrl, "platformUrl");
    Objects.requireNonNull(token, "token");
    slots = List.copyOf(slots);
    slotGpus = List.copyOf(slotGpus);
    Objects.requireNonNull(sandboxMode, "sandboxMode");
    Objects.requireNonNull(wallTimeLimit, "wallTimeLimit");
    Objects.requireNonNull(memoryLimit, "memoryLimit");
    Objects.requireNonNull(job, "job");
    Objects.requireNonNull(container, "container");
  }

  /** Reads the configuration from environment variables such as {@code HOCSAU_PLATFORM_URL}. */
  public static RunnerConfig fromEnvironment(Map<String, String> environment) {
    return parse(setting -> environment.get(setting.envName()), RunnerSetting::envName);
  }

  /** Reads the configuration from properties keys such as {@code hocsau.platform-url}. */
  public static RunnerConfig fromProperties(Properties properties) {
    return parse(
        setting -> properties.getProperty(setting.propertyKey()), RunnerSetting::propertyKey);
  }

  private static RunnerConfig parse(
      Function<RunnerSetting, String> source, Function<RunnerSetting, String> nameOf) {
    SettingReader reader = new SettingReader(source, nameOf, new ArrayList<>());
    URI platformUrl = reader.read(RunnerSetting.PLATFORM_URL, RunnerConfig::parsePlatformUrl);
    String token = reader.read(RunnerSetting.TOKEN, RunnerConfig::parseToken);
    Integer instance = reader.read(RunnerSetting.INSTANCE, RunnerConfig::parseInstance);
    List<SlotKind> slots = reader.read(RunnerSetting.SLOTS, RunnerConfig::parseSlots);
    List<Integer> gpus = slots == null ? null : reader.read(RunnerSetting.SLOTS, SlotKind::gpus);
    SandboxMode sandbox = reader.read(RunnerSetting.SANDBOX, SandboxMode::parse);
    Duration wallTime = reader.read(RunnerSetting.WALL_TIME, DurationText::parseAtLeastOneSecond);
    MemorySize memory = reader.read(RunnerSetting.MEMORY_LIMIT, RunnerConfig::parseMemoryLimit);
    JobSettings job = readJobSettings(reader);
    ContainerSettings container = readContainerSettings(reader);
    if (sandbox == SandboxMode.CONTAINER && container != null && container.image() == null) {
      reader
          .problems()
          .add(
              nameOf.apply(RunnerSetting.CONTAINER_IMAGE)
                  + " is required for "
                  + nameOf.apply(RunnerSetting.SANDBOX)
                  + "=container (build the image with gpu-runner/scripts/build-trainer-image.sh)");
    }
    if (sandbox == SandboxMode.NONE && job != null && !job.allowUnsandboxed()) {
      reader
          .problems()
          .add(
              nameOf.apply(RunnerSetting.SANDBOX)
                  + "=none runs learners' code without any isolation; set "
                  + nameOf.apply(RunnerSetting.ALLOW_UNSANDBOXED)
                  + "="
                  + JobSettings.UNSANDBOXED_CONSENT
                  + " if this is a trusted development machine");
    }
    if (!reader.problems().isEmpty()) {
      throw new InvalidConfigException(reader.problems());
    }
    return new RunnerConfig(
        platformUrl, token, instance, slots, gpus, sandbox, wallTime, memory, job, container);
  }

  private static ContainerSettings readContainerSettings(SettingReader reader) {
    int problemsBefore = reader.problems().size();
    ContainerRunLine.Engine engine =
        reader.read(RunnerSetting.CONTAINER_ENGINE, ContainerSettings::parseEngine);
    String image = reader.read(RunnerSetting.CONTAINER_IMAGE, ContainerSettings::parseImage);
    String runtime = reader.read(RunnerSetting.CONTAINER_RUNTIME, ContainerSettings::parseRuntime);
    List<String> ulimits =
        reader.read(RunnerSetting.CONTAINER_ULIMITS, ContainerSettings::parseUlimits);
    if (reader.problems().size() > problemsBefore) {
      return null;
    }
    return new ContainerSettings(engine, image, runtime, ulimits);
  }

  private static JobSettings readJobSettings(SettingReader reader) {
    int problemsBefore = reader.problems().size();
    java.nio.file.Path workDir = reader.read(RunnerSetting.WORK_DIR, java.nio.file.Path::of);
    java.nio.file.Path trainerDir = reader.read(RunnerSetting.TRAINER_DIR, java.nio.file.Path::of);
    Integer cpus = reader.read(RunnerSetting.JOB_CPUS, JobSettings::parseCpus);
    MemorySize tmp = reader.read(RunnerSetting.TMP_SIZE, MemorySize::parse);
    MemorySize out = reader.read(RunnerSetting.OUT_SIZE, MemorySize::parse);
    MemorySize log = reader.read(RunnerSetting.LOG_LIMIT, MemorySize::parse);
    Integer heap = reader.read(RunnerSetting.HEAP_PERCENT, JobSettings::parseHeapPercent);
    List<String> flags = reader.read(RunnerSetting.JVM_FLAGS, JobSettings::parseFlags);
    String warmup = reader.read(RunnerSetting.WARMUP_COMMAND, String::strip);
    Boolean archive = reader.read(RunnerSetting.CLASS_ARCHIVE, JobSettings::parseOnOff);
    Duration drain = reader.read(RunnerSetting.DRAIN_TIME, DurationText::parseAtLeastOneSecond);
    Boolean allow =
        reader.read(
            RunnerSetting.ALLOW_UNSANDBOXED, text -> text.equals(JobSettings.UNSANDBOXED_CONSENT));
    if (reader.problems().size() > problemsBefore) {
      return null;
    }
    return new JobSettings(
        workDir, trainerDir, cpus, tmp, out, log, heap, flags, warmup, archive, drain, allow);
  }

  static URI parsePlatformUrl(String text) {
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("'" + text + "' is not a valid URL: " + e.getReason());
    }
    String scheme = uri.getScheme();
    if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
      throw new IllegalArgumentException("'" + text + "' must start with https:// or http://");
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("'" + text + "' has no host name");
    }
    // Credentials in a URL end up in logs and proxies; the token setting exists for that.
    if (uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException("must not contain a user name or password");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException("'" + text + "' must not have a query or fragment");
    }
    // A trailing slash makes resolve("api/runner/...") keep a path prefix such as /hocsau/.
    String path = uri.getRawPath();
    return path.endsWith("/") ? uri : URI.create(uri + "/");
  }

  static int parseInstance(String text) {
    try {
      int value = Integer.parseInt(text);
      if (value >= 0 && value <= SandboxHost.MAX_INSTANCE) {
        return value;
      }
    } catch (NumberFormatException e) {
      // Reported below.
    }
    throw new IllegalArgumentException(
        "'" + text + "' must be a whole number from 0 to " + SandboxHost.MAX_INSTANCE);
  }

  static List<SlotKind> parseSlots(String text) {
    List<SlotKind> slots = SlotKind.parseList(text);
    if (slots.size() > SandboxHost.SLOTS_PER_INSTANCE) {
      throw new IllegalArgumentException(
          "at most "
              + SandboxHost.SLOTS_PER_INSTANCE
              + " slots per runner, got "
              + slots.size()
              + " (start another runner with its own HOCSAU_RUNNER_INSTANCE)");
    }
    return slots;
  }

  static String parseToken(String text) {
    // The message never echoes the value: a mistyped token is still mostly a secret.
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x21 || c > 0x7e) {
        throw new IllegalArgumentException(
            "must be printable ASCII without spaces, as it is sent in an HTTP header"
                + " (found a bad character at position "
                + (i + 1)
                + ")");
      }
    }
    return text;
  }

  static MemorySize parseMemoryLimit(String text) {
    MemorySize size = MemorySize.parse(text);
    if (size.bytes() < MINIMUM_MEMORY.bytes()) {
      throw new IllegalArgumentException(
          "'" + text + "' is too small; a job needs at least " + MINIMUM_MEMORY);
    }
    return size;
  }

  /** How many slots may run GPU jobs. */
  public long gpuSlotCount() {
    return slots.stream().filter(kind -> kind == SlotKind.GPU).count();
  }

  /** The slots as configuration would write them, each GPU slot with its GPU: {@code cpu,gpu:0}. */
  public String slotsText() {
    List<String> entries = new ArrayList<>();
    for (int slot = 0; slot < slots.size(); slot++) {
      entries.add(
          slots.get(slot) == SlotKind.GPU
              ? "gpu:" + slotGpus.get(slot)
              : slots.get(slot).configValue());
    }
    return String.join(",", entries);
  }

  /** Describes the configuration with the token redacted, so it is safe to log. */
  @Override
  public String toString() {
    return "RunnerConfig[platformUrl="
        + platformUrl
        + ", token=<redacted>, instance="
        + instance
        + ", slots="
        + slotsText()
        + ", sandboxMode="
        + sandboxMode.configValue()
        + ", wallTimeLimit="
        + DurationText.format(wallTimeLimit)
        + ", memoryLimit="
        + memoryLimit
        + ", workDir="
        + job.workDir()
        + ", trainerDir="
        + job.trainerDir()
        + ", jobCpus="
        + job.cpus()
        + "]";
  }

  /** Reads one setting at a time, collecting problems instead of stopping at the first. */
  private record SettingReader(
      Function<RunnerSetting, String> source,
      Function<RunnerSetting, String> nameOf,
      List<String> problems) {

    <T> T read(RunnerSetting setting, Function<String, T> parser) {
      String raw = source.apply(setting);
      // Blank counts as unset: compose files and Helm charts often render empty variables.
      if (raw == null || raw.isBlank()) {
        if (setting.required()) {
          problems.add(nameOf.apply(setting) + " is required (" + setting.description() + ")");
          return null;
        }
        raw = setting.defaultValue();
      }
      try {
        return parser.apply(raw.strip());
      } catch (IllegalArgumentException e) {
        problems.add(nameOf.apply(setting) + ": " + e.getMessage());
        return null;
      }
    }
  }
}
