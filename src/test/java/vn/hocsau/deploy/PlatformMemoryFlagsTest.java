package vn.hocsau.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.Quantity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import vn.hocsau.bench.BenchPlatform;

/**
 * The platform image runs with the JVM flags and malloc settings the web benchmark measured its
 * memory with (bench/web, {@code BenchPlatform.JVM_FLAGS} and {@code ENV}); neither compose nor
 * Kubernetes replaces them; and each container's memory limit holds everything those flags let the
 * JVM take, so the JVM's own limits (an OutOfMemoryError, then a restart) bite before the kernel's
 * OOM killer does.
 */
class PlatformMemoryFlagsTest {

  static final Path DOCKERFILE = Path.of("src/main/docker/Dockerfile.jvm");

  /** Environment variables through which a deployment would replace the image's JVM settings. */
  static final List<String> OVERRIDES =
      List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS", "MALLOC_ARENA_MAX");

  /**
   * What no flag bounds, measured at the benchmark's peak (native memory tracking,
   * docs/benchmarks.md "Memory, 2026-12-07"): symbols 22 MB, thread stacks 11, the compilers'
   * arenas up to 40, the CDS archive 12, mapped libraries 24, glibc's free lists and the rest about
   * 30.
   */
  static final long UNBOUNDED = 160L << 20;

  @Test
  void theImageRunsTheFlagsTheBenchmarkMeasured() {
    checkImage(Yaml.text(DOCKERFILE));
  }

  @Test
  void aDriftedImageWouldBeCaught() {
    String image = Yaml.text(DOCKERFILE);
    for (String[] drift :
        List.of(
            new String[] {"-Xmx128m", "-Xmx256m"},
            new String[] {" -Djdk.nio.maxCachedBufferSize=262144\"", "\""},
            new String[] {"MALLOC_ARENA_MAX=2", "MALLOC_ARENA_MAX=8"},
            new String[] {"\"-XX:+ExitOnOutOfMemoryError\"", "\"-Xmx1g\""},
            new String[] {"\"-XX:+ExitOnOutOfMemoryError\"", "\"-XX:MaxRAMPercentage=75\""})) {
      assertTrue(image.contains(drift[0]), drift[0]);
      String drifted = image.replace(drift[0], drift[1]);
      assertThrows(AssertionFailedError.class, () -> checkImage(drifted), drift[1]);
    }
  }

  @Test
  void composeAndKubernetesKeepTheImageFlagsAndHoldWhatTheyAllow() {
    long needed = bounded(tokens(BenchPlatform.JVM_FLAGS)) + UNBOUNDED;

    Map<String, Object> platform =
        Yaml.at(Yaml.read(Path.of("docker-compose.yml")), "services", "platform");
    Map<String, Object> environment = Yaml.at(platform, "environment");
    for (String name : OVERRIDES) {
      assertFalse(environment.containsKey(name), "compose sets " + name);
    }
    long composeLimit = dockerBytes(Yaml.at(platform, "mem_limit"));
    assertTrue(composeLimit >= needed, "compose mem_limit " + composeLimit + " < " + needed);

    Container container =
        KubernetesManifestsTest.deployment(Manifests.all(), "hocsau-platform")
            .getSpec()
            .getTemplate()
            .getSpec()
            .getContainers()
            .get(0);
    for (EnvVar env : container.getEnv()) {
      assertFalse(OVERRIDES.contains(env.getName()), "Kubernetes sets " + env.getName());
    }
    Quantity limit = container.getResources().getLimits().get("memory");
    long kubernetesLimit = Quantity.getAmountInBytes(limit).longValueExact();
    assertTrue(kubernetesLimit >= needed, "Kubernetes limit " + limit + " < " + needed);
  }

  @Test
  void theBoundCountsHeapMetaspaceCodeCacheAndDirectBuffers() {
    long mb = 1L << 20;
    assertEquals(
        (128 + 128 + 48 + 128) * mb,
        bounded(tokens("-Xmx128m -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=48m")),
        "direct buffers default to the heap's maximum");
    assertEquals(
        (128 + 128 + 48 + 32) * mb,
        bounded(
            tokens(
                "-Xmx128m -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=48m"
                    + " -XX:MaxDirectMemorySize=32m")));
    assertThrows(AssertionFailedError.class, () -> bounded(tokens("-Xmx128m")), "unbounded");
  }

  /** The Dockerfile's final ENV and ENTRYPOINT against the benchmark's flags and environment. */
  static void checkImage(String dockerfile) {
    Map<String, String> env = env(dockerfile);
    assertEquals(
        sorted(tokens(BenchPlatform.JVM_FLAGS)),
        sorted(tokens(env.getOrDefault("JDK_JAVA_OPTIONS", ""))),
        "Dockerfile.jvm JDK_JAVA_OPTIONS against BenchPlatform.JVM_FLAGS");
    BenchPlatform.ENV.forEach((name, value) -> assertEquals(value, env.get(name), name));
    // A flag on the command line would override the measured one of the same name.
    List<String> names = tokens(BenchPlatform.JVM_FLAGS).stream().map(f -> name(f)).toList();
    for (String arg : entrypoint(dockerfile)) {
      assertFalse(names.contains(name(arg)), "ENTRYPOINT overrides " + arg);
      assertFalse(
          arg.startsWith("-Xm") || arg.contains("RAMPercentage") || arg.matches("-XX:\\+Use.*GC"),
          "ENTRYPOINT sizes the heap or picks a collector: " + arg);
    }
  }

  /** The option a flag sets, without its value: {@code -Xmx128m} → {@code -Xmx}. */
  static String name(String flag) {
    if (flag.startsWith("-Xms")
        || flag.startsWith("-Xmx")
        || flag.startsWith("-Xmn")
        || flag.startsWith("-Xss")) {
      return flag.substring(0, 4);
    }
    String bare = flag.replaceFirst("^-XX:[+-]", "-XX:");
    int eq = bare.indexOf('=');
    return eq < 0 ? bare : bare.substring(0, eq);
  }

  /** Heap, metaspace, code cache and direct buffers at their maxima; each must be bounded. */
  static long bounded(List<String> flags) {
    Map<String, Long> sizes = new LinkedHashMap<>();
    for (String flag : flags) {
      if (flag.startsWith("-Xmx")) {
        sizes.put("-Xmx", jvmBytes(flag.substring(4)));
      } else if (flag.startsWith("-XX:") && flag.contains("=")) {
        String value = flag.substring(flag.indexOf('=') + 1);
        if (value.matches("[0-9]+[kKmMgG]?")) {
          sizes.put(name(flag), jvmBytes(value));
        }
      }
    }
    long total = 0;
    for (String bound : List.of("-Xmx", "-XX:MaxMetaspaceSize", "-XX:ReservedCodeCacheSize")) {
      assertNotNull(sizes.get(bound), bound + " unset: that pool has no bound");
      total += sizes.get(bound);
    }
    return total + sizes.getOrDefault("-XX:MaxDirectMemorySize", sizes.get("-Xmx"));
  }

  static long jvmBytes(String size) {
    return withUnit(size);
  }

  /** A compose size ({@code 768m}); compose's units are binary, as the JVM's are. */
  static long dockerBytes(String size) {
    return withUnit(size.toLowerCase(Locale.ROOT).replaceFirst("b$", ""));
  }

  private static long withUnit(String size) {
    char unit = Character.toLowerCase(size.charAt(size.length() - 1));
    int shift =
        switch (unit) {
          case 'k' -> 10;
          case 'm' -> 20;
          case 'g' -> 30;
          default -> 0;
        };
    String digits = shift == 0 ? size : size.substring(0, size.length() - 1);
    return Long.parseLong(digits) << shift;
  }

  static List<String> tokens(String flags) {
    return flags.isBlank() ? List.of() : List.of(flags.strip().split("\\s+"));
  }

  private static List<String> sorted(List<String> list) {
    return list.stream().sorted().toList();
  }

  private static final Pattern ASSIGNMENT =
      Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(\"[^\"]*\"|\\S+)");

  /** Every ENV of the final stage, continuation lines joined, quotes removed. */
  static Map<String, String> env(String dockerfile) {
    Map<String, String> env = new LinkedHashMap<>();
    for (String instruction : finalStage(dockerfile)) {
      if (instruction.startsWith("ENV ")) {
        Matcher m = ASSIGNMENT.matcher(instruction.substring(4));
        while (m.find()) {
          env.put(m.group(1), m.group(2).replaceAll("^\"|\"$", ""));
        }
      }
    }
    return env;
  }

  /** The final stage's ENTRYPOINT, in exec form. */
  static List<String> entrypoint(String dockerfile) {
    List<String> found = List.of();
    for (String instruction : finalStage(dockerfile)) {
      if (instruction.startsWith("ENTRYPOINT ")) {
        try {
          found = List.of(new ObjectMapper().readValue(instruction.substring(11), String[].class));
        } catch (JsonProcessingException e) {
          throw new AssertionFailedError("ENTRYPOINT is not in exec form: " + instruction);
        }
      }
    }
    assertFalse(found.isEmpty(), "no ENTRYPOINT");
    return found;
  }

  private static List<String> finalStage(String dockerfile) {
    String stage = dockerfile.substring(dockerfile.lastIndexOf("\nFROM "));
    List<String> instructions = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : stage.split("\n")) {
      if (line.startsWith("#")) {
        continue;
      }
      if (line.endsWith("\\")) {
        current.append(line, 0, line.length() - 1).append(' ');
      } else {
        instructions.add(current.append(line).toString().strip());
        current.setLength(0);
      }
    }
    return instructions;
  }
}
