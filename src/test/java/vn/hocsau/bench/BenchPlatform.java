package vn.hocsau.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged platform ({@code target/quarkus-app}) in its own process for the web benchmark: dev
 * profile (courses imported, demo accounts), an external PostgreSQL, the bare route on, and the JVM
 * flags the benchmark is about.
 */
public final class BenchPlatform implements AutoCloseable {

  /** The repository root (Maven runs tests there). */
  public static final Path ROOT = Path.of("").toAbsolutePath();

  /**
   * The platform container's JVM flags (src/main/docker/Dockerfile.jvm sets the same in
   * JDK_JAVA_OPTIONS; PlatformMemoryFlagsTest holds the two together), so the benchmark's RSS is
   * what the container runs at. A bounded heap, metaspace and code cache; the JDK's per-thread
   * temporary direct buffers kept only up to 256 KiB (without a bound, start-up alone left 27 MB of
   * them); glibc's freed native memory handed back every second; a 16 MB young generation, and a
   * heap that shrinks at once at a full collection (the one after start-up, {@code HeapAfterStart},
   * gives back what the dataset import needed); and only the C1 compiler, whose code and arenas are
   * a fraction of C2's: the rendered pages, the CPU-bound ones, kept their throughput, and the
   * cached pages, which lost half of it, still answer at 0.8 of the bare route. The figures:
   * docs/benchmarks.md, "Memory, 2026-12-07 (sixth session)" and "(eighth session)".
   */
  public static final String JVM_FLAGS =
      "-Xms32m -Xmx128m -Xmn16m -XX:MaxMetaspaceSize=128m -XX:ReservedCodeCacheSize=48m -Xss512k"
          + " -XX:+UseSerialGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30"
          + " -XX:-ShrinkHeapInSteps -XX:TieredStopAtLevel=1"
          + " -XX:CICompilerCount=2 -XX:TrimNativeHeapInterval=1000"
          + " -Dio.netty.allocator.numDirectArenas=1 -Dio.netty.allocator.numHeapArenas=1"
          + " -Djdk.nio.maxCachedBufferSize=262144";

  /**
   * The platform container's environment for native memory (Dockerfile.jvm sets the same): glibc's
   * default of 8 malloc arenas per core is memory a small container does not have.
   */
  public static final Map<String, String> ENV = Map.of("MALLOC_ARENA_MAX", "2");

  public static final String DEMO_LEARNER = "learner@hocsau.local";
  public static final String DEMO_PASSWORD = "hocsau-demo-2026";
  private static final Path JAR = ROOT.resolve("target/quarkus-app/quarkus-run.jar");

  private final Process process;
  private final Path log;
  private final String url;
  private final Path runnerToken;

  private BenchPlatform(Process process, Path log, String url, Path runnerToken) {
    this.process = process;
    this.log = log;
    this.url = url;
    this.runnerToken = runnerToken;
  }

  public static BenchPlatform start(String jdbcUrl, Path dir, List<String> jvmFlags)
      throws IOException {
    return start(jdbcUrl, dir, jvmFlags, Map.of());
  }

  /**
   * Starts the platform with {@code jvmFlags} and {@link #ENV} overlaid by {@code env} (a variant's
   * malloc settings, say).
   */
  public static BenchPlatform start(
      String jdbcUrl, Path dir, List<String> jvmFlags, Map<String, String> env) throws IOException {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException("Build the platform first: ./mvnw -B -DskipTests package");
    }
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Path token = dir.resolve("runner-token");
    Files.deleteIfExists(token);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmFlags);
    command.add("-Dquarkus.profile=dev");
    command.add("-Dquarkus.http.host=127.0.0.1");
    command.add("-Dquarkus.http.port=" + port);
    command.add("-Dquarkus.datasource.jdbc.url=" + jdbcUrl);
    command.add("-Dquarkus.datasource.username=postgres");
    command.add("-Dquarkus.datasource.password=postgres");
    command.add("-Dhocsau.jobs.dev-runner-token-file=" + token);
    command.add("-Dhocsau.courses.dir=" + ROOT.resolve("courses"));
    command.add("-Dhocsau.labs.datasets-dir=" + ROOT.resolve("datasets"));
    command.add("-Dhocsau.bench.raw-route=true");
    // Request logging would measure the console, not the pages.
    command.add("-Dquarkus.log.level=WARN");
    command.add("-jar");
    command.add(JAR.toString());
    Path log = dir.resolve("platform.log");
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(ENV);
    builder.environment().putAll(env);
    Process process =
        builder
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    BenchPlatform platform = new BenchPlatform(process, log, "http://127.0.0.1:" + port, token);
    platform.awaitReady();
    return platform;
  }

  public String url() {
    return url;
  }

  public long pid() {
    return process.pid();
  }

  /** The runner token the dev profile wrote for a local runner. */
  public String runnerToken() throws IOException {
    return Files.readString(runnerToken).trim();
  }

  private void awaitReady() throws IOException {
    HttpClient http = HttpClient.newHttpClient();
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The platform exited:\n" + Files.readString(log));
      }
      try {
        int status =
            http.send(
                    HttpRequest.newBuilder(URI.create(url + "/q/health/ready")).build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode();
        if (status == 200 && Files.isRegularFile(runnerToken)) {
          return;
        }
      } catch (IOException e) {
        // Not listening yet.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
      try {
        process.waitFor(250, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException(e);
      }
    }
    throw new IllegalStateException("The platform was not ready in 3 minutes; see " + log);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
