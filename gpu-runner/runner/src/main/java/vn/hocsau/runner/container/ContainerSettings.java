package vn.hocsau.runner.container;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The runner's settings for {@code HOCSAU_SANDBOX=container}.
 *
 * @param engine podman or docker
 * @param image the trainer image ({@code gpu-runner/scripts/build-trainer-image.sh} prints it), or
 *     {@code null} when not set
 * @param runtime the OCI runtime, or {@code null} for the engine's default
 * @param ulimits further {@code --ulimit} values, e.g. {@code nproc=1024:1024}
 */
public record ContainerSettings(
    ContainerRunLine.Engine engine, String image, String runtime, List<String> ulimits) {

  /** Copies the list. */
  public ContainerSettings {
    ulimits = List.copyOf(ulimits);
  }

  /** Parses {@code podman} or {@code docker}. */
  public static ContainerRunLine.Engine parseEngine(String text) {
    try {
      return ContainerRunLine.Engine.valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + text + "' is not podman or docker");
    }
  }

  /** An image reference; blank means unset. */
  public static String parseImage(String text) {
    if (text.isBlank()) {
      return null;
    }
    ContainerJob.checkImage(text.strip());
    return text.strip();
  }

  /** Parses a space- or comma-separated list such as {@code nproc=1024:1024}. */
  public static List<String> parseUlimits(String text) {
    List<String> ulimits =
        Arrays.stream(text.strip().split("[,\\s]+")).filter(s -> !s.isEmpty()).toList();
    new EngineOptions(ContainerRunLine.Engine.PODMAN, null, ulimits, null, null);
    return ulimits;
  }

  /** Checks an OCI runtime name; blank means the engine's default. */
  public static String parseRuntime(String text) {
    if (text.isBlank()) {
      return null;
    }
    new EngineOptions(ContainerRunLine.Engine.PODMAN, text.strip(), List.of(), null, null);
    return text.strip();
  }
}
