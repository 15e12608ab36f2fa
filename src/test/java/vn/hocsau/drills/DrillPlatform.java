package vn.hocsau.drills;

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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The real platform under a drill: the packaged app ({@code target/quarkus-app/quarkus-run.jar},
 * built by {@code package} before the integration tests run) as a child process on a free port,
 * pointed at the drill's {@link DrillDatabase} as an operator points it at an external server, so
 * nothing inside the platform knows it is being drilled. The dev profile imports the courses of
 * {@code courses/} at start-up, as {@code ./run.sh} does.
 */
final class DrillPlatform implements AutoCloseable {

  static final Path ROOT = Path.of("").toAbsolutePath();
  static final Path JAR = ROOT.resolve("target/quarkus-app/quarkus-run.jar");
  static final String ADMIN_EMAIL = "admin-drill@hocsau.test";
  static final String PASSWORD = "mat-khau-drill-2026";
  private static final Duration START_DEADLINE = Duration.ofMinutes(3);

  private final Process process;
  private final Path log;
  final URI url;

  private DrillPlatform(Process process, Path log, URI url) {
    this.process = process;
    this.log = log;
    this.url = url;
  }

  /** Skips the drill, saying how to build the jar, when the packaged platform is absent. */
  static void assumePackaged() {
    Assumptions.assumeTrue(
        Files.isRegularFile(JAR),
        "The drills run the packaged platform at "
            + JAR
            + ": build it with `./mvnw -B package -DskipTests` (verify builds it before them).");
  }

  /** Starts the platform on {@code db} and returns once its readiness check answers UP. */
  static DrillPlatform start(DrillDatabase db, Path dir, String... extraProperties)
      throws IOException {
    return start(db, dir, freePort(), extraProperties);
  }

  /**
   * Starts the platform on {@code db} on a given port (a platform started again after a crash comes
   * back where its runners and learners look for it) and returns once it is ready. Its output is
   * appended to {@code platform.log} in {@code dir}, so one log tells the story of every start.
   */
  static DrillPlatform start(DrillDatabase db, Path dir, int port, String... extraProperties)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-Dquarkus.profile=dev");
    command.add("-Dquarkus.http.host=127.0.0.1");
    command.add("-Dquarkus.http.port=" + port);
    command.add("-Dquarkus.datasource.jdbc.url=" + db.jdbcUrl());
    command.add("-Dquarkus.datasource.username=postgres");
    command.add("-Dquarkus.datasource.password=postgres");
    command.add("-Dhocsau.jobs.dev-runner-token-file=" + dir.resolve("runner-token"));
    command.add("-Dhocsau.courses.dir=" + ROOT.resolve("courses"));
    command.add("-Dhocsau.labs.datasets-dir=" + ROOT.resolve("datasets"));
    command.add("-Dhocsau.admin.email=" + ADMIN_EMAIL);
    command.add("-Dhocsau.admin.password=" + PASSWORD);
    // Every virtual learner signs up from 127.0.0.1.
    command.add("-Dhocsau.rate-limit.signup-per-ip=100000");
    command.add("-Dhocsau.rate-limit.login-per-ip=100000");
    for (String property : extraProperties) {
      command.add("-D" + property);
    }
    command.add("-jar");
    command.add(JAR.toString());
    Path log = dir.resolve("platform.log");
    Process process =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    DrillPlatform platform =
        new DrillPlatform(process, log, URI.create("http://127.0.0.1:" + port));
    platform.awaitReady();
    return platform;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private void awaitReady() {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(START_DEADLINE);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The platform exited while starting:\n" + log());
      }
      try {
        if (ready(http) == 200) {
          return;
        }
      } catch (IOException e) {
        // Not listening yet.
      }
      try {
        process.waitFor(200, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException("Not ready within " + START_DEADLINE + ":\n" + log());
  }

  /** The status of {@code /q/health/ready}: 200 when UP, 503 when DOWN. */
  int ready(HttpClient http) throws IOException {
    try {
      return http.send(
              HttpRequest.newBuilder(url.resolve("/q/health/ready"))
                  .timeout(Duration.ofSeconds(5))
                  .build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  /** Everything the platform wrote, every start of it, for a drill to read its story back. */
  String fullLog() throws IOException {
    return Files.readString(log);
  }

  /** The end of the platform's output, for failure messages. */
  String log() {
    try {
      String text = Files.readString(log);
      return text.length() > 12000 ? text.substring(text.length() - 12000) : text;
    } catch (IOException e) {
      return "(no platform log: " + e + ")";
    }
  }

  /** The platform's port. */
  int port() {
    return url.getPort();
  }

  /**
   * {@code kill -9}: no shutdown hook, no drain, open requests and transactions cut where they are,
   * as when a deploy or the OOM killer takes the process down.
   */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the platform survived SIGKILL for 30 s");
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
