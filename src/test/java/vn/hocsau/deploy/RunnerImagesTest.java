package vn.hocsau.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/**
 * What the runner images must hold for the bwrap sandbox to run jobs in them, read from the
 * Dockerfiles (no engine builds them here). A bwrap job sees the image's {@code /usr} and JDK, so:
 * a bubblewrap with {@code --disable-userns} (0.8 or newer), a JDK (the trainer compiles Java
 * submissions with javax.tools), and for GPU slots the CUDA libraries in a folder the sandbox
 * binds.
 */
class RunnerImagesTest {

  static final Path CUDA_RUNNER = Path.of("gpu-runner/runner/Dockerfile.cuda");

  /** The folders of {@code /usr} a bwrap job sees, from the runner's own source. */
  private static final Path SYSTEM_VIEW =
      Path.of("gpu-runner/runner/src/main/java/vn/hocsau/runner/sandbox/SystemView.java");

  @Test
  void theGpuRunnerBuildsAPinnedCheckedBubblewrapOnItsCudaBase() {
    checkCudaRunner(Yaml.text(CUDA_RUNNER));
  }

  @Test
  void aWeakerGpuRunnerImageWouldBeCaught() {
    String text = Yaml.text(CUDA_RUNNER);
    for (String[] weakening :
        List.of(
            new String[] {"ARG BUBBLEWRAP_VERSION=0.11.2", "ARG BUBBLEWRAP_VERSION=0.4.1"},
            new String[] {" | sha256sum -c -", ""},
            new String[] {"ARG BUBBLEWRAP_SHA256=69abc", "ARG BUBBLEWRAP_SHA256=TODO69abc"},
            new String[] {
              "FROM nvidia/cuda:11.6.2-base-ubuntu20.04 AS bubblewrap",
              "FROM ubuntu:24.04 AS bubblewrap"
            },
            new String[] {
              "/usr/local/cuda-11.6/targets/x86_64-linux/lib/ /usr/lib/x86_64-linux-gnu/",
              "/usr/local/cuda-11.6/targets/x86_64-linux/lib/ /usr/local/cuda/lib64/"
            },
            new String[] {
              "FROM eclipse-temurin:17-jdk AS jdk", "FROM eclipse-temurin:17-jre AS jdk"
            },
            new String[] {"-Pcuda -DskipTests", "-DskipTests"},
            new String[] {"    && bwrap --help | grep -q -- --disable-userns \\\n", ""})) {
      assertTrue(text.contains(weakening[0]), weakening[0]);
      String weakened = text.replace(weakening[0], weakening[1]);
      assertThrows(AssertionFailedError.class, () -> checkCudaRunner(weakened), weakening[1]);
    }
  }

  @Test
  void everyImageAJobRunsInShipsAJdk() {
    for (String file :
        List.of(
            "gpu-runner/runner/Dockerfile",
            "gpu-runner/runner/Dockerfile.cuda",
            "gpu-runner/trainer/Dockerfile",
            "gpu-runner/trainer/Dockerfile.cuda")) {
      String text = Yaml.text(Path.of(file));
      assertFalse(text.contains("-jre"), file + ": a JRE has no javax.tools compiler");
      assertTrue(text.contains("eclipse-temurin:17-jdk"), file);
    }
  }

  private static void checkCudaRunner(String text) {
    List<String> stages = stages(text);
    String bubblewrap = stage(stages, " AS bubblewrap");
    String last = stages.get(stages.size() - 1);

    // bubblewrap >= 0.8, from a checksummed release, on the final image's distribution (its glibc).
    Matcher version =
        Pattern.compile("ARG BUBBLEWRAP_VERSION=(\\d+)\\.(\\d+)\\.(\\d+)").matcher(text);
    assertTrue(version.find(), "a pinned bubblewrap release");
    int major = Integer.parseInt(version.group(1));
    int minor = Integer.parseInt(version.group(2));
    assertTrue(
        major > 0 || minor >= 8, "bubblewrap " + version.group() + " lacks --disable-userns");
    assertTrue(
        Pattern.compile("ARG BUBBLEWRAP_SHA256=[0-9a-f]{64}\\n").matcher(text).find(),
        "the release's SHA-256");
    assertTrue(
        bubblewrap.contains("echo \"${BUBBLEWRAP_SHA256}  bubblewrap.tar.xz\" | sha256sum -c -"),
        "the download is checked before it is built");
    assertEquals(distribution(last), distribution(bubblewrap), "built on the final image's base");
    assertTrue(last.startsWith("FROM nvidia/cuda:11.6."), "NVIDIA's CUDA 11.6 base");
    assertTrue(last.contains("COPY --from=bubblewrap /tmp/bubblewrap/build/bwrap /usr/bin/bwrap"));
    assertTrue(last.contains("bwrap --help | grep -q -- --disable-userns"), "checked at build");

    // CUDA 11.6's libraries where a job's sandbox sees them.
    Matcher cuda =
        Pattern.compile("COPY --from=cuda /usr/local/cuda-11\\.6/\\S+ (\\S+)").matcher(last);
    assertTrue(cuda.find(), "the CUDA 11.6 runtime libraries");
    assertTrue(sandboxSees(cuda.group(1)), cuda.group(1) + " is not bound into the sandbox");
    assertTrue(stage(stages, " AS cuda").startsWith("FROM nvidia/cuda:11.6."));

    assertTrue(stage(stages, " AS jdk").startsWith("FROM eclipse-temurin:17-jdk "));
    assertTrue(last.contains("COPY --from=jdk /opt/java/openjdk /opt/java/openjdk"));
    assertTrue(stage(stages, " AS build").contains(" -Pcuda "), "the trainer's CUDA backend");
  }

  private static List<String> stages(String text) {
    List<String> stages = new ArrayList<>();
    for (String part : ("\n" + text).split("\nFROM ")) {
      stages.add("FROM " + part);
    }
    return stages.subList(1, stages.size());
  }

  private static String stage(List<String> stages, String alias) {
    return stages.stream()
        .filter(s -> s.lines().findFirst().orElseThrow().endsWith(alias))
        .findFirst()
        .orElseGet(() -> fail("no stage" + alias));
  }

  /** {@code ubuntu20.04} from {@code FROM nvidia/cuda:11.6.2-base-ubuntu20.04 AS x}. */
  private static String distribution(String stage) {
    Matcher matcher =
        Pattern.compile("-(ubuntu\\d+\\.\\d+)\\b").matcher(stage.lines().findFirst().orElseThrow());
    return matcher.find() ? matcher.group(1) : stage.lines().findFirst().orElseThrow();
  }

  /** Whether {@code folder} lies in one of SystemView.USR_FOLDERS. */
  private static boolean sandboxSees(String folder) {
    String source = Yaml.text(SYSTEM_VIEW);
    String list =
        source.substring(
            source.indexOf("USR_FOLDERS ="), source.indexOf(";", source.indexOf("USR_FOLDERS =")));
    Matcher quoted = Pattern.compile("\"(/[^\"]+)\"").matcher(list);
    List<String> bound = new ArrayList<>();
    while (quoted.find()) {
      bound.add(quoted.group(1));
    }
    assertTrue(bound.contains("/usr/lib"), "read " + bound);
    return bound.stream().anyMatch(b -> Path.of(folder).startsWith(b));
  }
}
