package vn.hocsau.runner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.hocsau.runner.sandbox.InstanceLock;

class MainTest {

  @TempDir Path workDir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(Map<String, String> env) throws InterruptedException {
    return Main.run(
        env,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  /**
   * The settings every runner needs, this test's work folder, and {@code more} name-value pairs.
   */
  private Map<String, String> settings(String... more) {
    Map<String, String> env = new java.util.HashMap<>();
    env.put("HOCSAU_PLATFORM_URL", "https://hocsau.example.org");
    env.put("HOCSAU_RUNNER_TOKEN", "rt_token");
    env.put("HOCSAU_WORK_DIR", workDir.toString());
    for (int i = 0; i < more.length; i += 2) {
      env.put(more[i], more[i + 1]);
    }
    return env;
  }

  private static String text(ByteArrayOutputStream stream) {
    return stream.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theRemovedKubernetesModeIsAnUnknownModeNotADeferredOne() throws Exception {
    // Clusters run bwrap in the runner pod (infra/kubernetes/README.md); no mode is half there.
    int status = run(settings("HOCSAU_SANDBOX", "kubernetes"));

    assertEquals(Main.EXIT_INVALID_CONFIG, status);
    assertEquals("", text(out));
    assertTrue(
        text(err)
            .contains(
                "HOCSAU_SANDBOX: unknown sandbox mode 'kubernetes'"
                    + " (expected one of bwrap, container, none)"),
        text(err));
  }

  @Test
  void containerModeNeedsAnImage() throws Exception {
    int status = run(settings("HOCSAU_SANDBOX", "container"));

    assertEquals(Main.EXIT_INVALID_CONFIG, status);
    assertTrue(text(err).contains("HOCSAU_CONTAINER_IMAGE is required"), text(err));
    assertTrue(text(err).contains("build-trainer-image.sh"), text(err));
  }

  @Test
  void containerModeRefusesAnImageThatIsNotOnThisMachine() throws Exception {
    int status =
        run(
            settings(
                "HOCSAU_SANDBOX",
                "container",
                "HOCSAU_CONTAINER_IMAGE",
                "localhost/hocsau-no-such-image:0"));

    // Without root or podman it says so; with them, that the image must be built here.
    assertEquals(Main.EXIT_NO_SANDBOX, status);
    assertTrue(text(err).startsWith("Refusing to run learners' code"), text(err));
  }

  @Test
  void noSandboxNeedsExplicitConsent() throws Exception {
    int status =
        run(
            Map.of(
                "HOCSAU_PLATFORM_URL", "https://hocsau.example.org",
                "HOCSAU_RUNNER_TOKEN", "rt_token",
                "HOCSAU_SANDBOX", "none"));

    assertEquals(Main.EXIT_INVALID_CONFIG, status);
    assertTrue(text(err).contains("HOCSAU_ALLOW_UNSANDBOXED=i-understand"), text(err));
  }

  @Test
  void invalidConfigListsProblemsAndExitsWithUsageStatus() throws Exception {
    int status = run(Map.of());

    assertEquals(Main.EXIT_INVALID_CONFIG, status);
    assertEquals("", text(out));
    assertTrue(text(err).contains("HOCSAU_PLATFORM_URL is required"));
  }

  @Test
  void aSecondRunnerOnTheSameInstanceOfAWorkFolderDoesNotStart() throws Exception {
    InstanceLock first = InstanceLock.acquire(workDir, 4);
    try {
      int status = run(settings("HOCSAU_RUNNER_INSTANCE", "4"));

      assertEquals(Main.EXIT_START_FAILED, status);
      assertTrue(text(err).contains("already uses instance 4"), text(err));
      assertTrue(text(err).contains("HOCSAU_RUNNER_INSTANCE"), text(err));
    } finally {
      first.release();
    }
  }

  @Test
  void aGpuSlotForAGpuThisMachineLacksIsRefusedWithTheReason() throws Exception {
    // GPU 63: no machine this suite runs on has 64 GPUs.
    int status = run(settings("HOCSAU_RUNNER_SLOTS", "cpu,gpu:63"));

    assertEquals(Main.EXIT_NO_SANDBOX, status);
    assertTrue(
        text(err)
            .contains(
                "slot 2 is a GPU slot for GPU 63, but /dev/nvidia63 does not exist (no such NVIDIA"
                    + " GPU, or its driver is not loaded); fix HOCSAU_RUNNER_SLOTS"),
        text(err));
  }
}
