package vn.hocsau.cli;

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
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The real platform for the CLI's end-to-end tests: the packaged app ({@code
 * target/quarkus-app/quarkus-run.jar}, which the README's test command builds just before the CLI's
 * tests) started as a child process on a free port, as {@code ./run.sh} starts it: the dev profile,
 * so the courses of {@code courses/} are imported and a runner token is written for a local runner;
 * its embedded PostgreSQL in a fresh temporary folder. It starts once for the whole test run and is
 * stopped when the run ends. Tests whose platform jar is absent are skipped, with the command that
 * builds it.
 *
 * <p>Learners come through the site's own forms ({@link SiteSession}): sign-up, then a personal API
 * token from the tokens page; nothing is added to the platform for the tests.
 */
final class RealPlatform implements ExtensionContext.Store.CloseableResource {

  static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  static final Path JAR = ROOT.resolve("target/quarkus-app/quarkus-run.jar");
  static final Duration START_DEADLINE = Duration.ofMinutes(3);

  private static final AtomicInteger LEARNERS = new AtomicInteger();
  static final String ADMIN_EMAIL = "admin-e2e@hocsau.test";

  private final Process process;
  private final Path dir;
  final URI url;

  private RealPlatform(Process process, Path dir, URI url) {
    this.process = process;
    this.dir = dir;
    this.url = url;
  }

  /**
   * JUnit extension: {@code @ExtendWith(RealPlatform.Extension.class)} starts it once per run (or
   * skips the class when the jar is absent) and hands it to {@code @BeforeAll} methods.
   */
  static final class Extension implements BeforeAllCallback, ParameterResolver {
    @Override
    public void beforeAll(ExtensionContext context) {
      get(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == RealPlatform.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      return get(context);
    }
  }

  /** The platform of this test run, started on first use. */
  static RealPlatform get(ExtensionContext context) {
    if (!Files.isRegularFile(JAR)) {
      String why =
          "The CLI's end-to-end tests need the packaged platform at "
              + JAR
              + ": build it first with `./mvnw -B package -DskipTests` in the repository root (the"
              + " README's test command does).";
      // Surefire counts an aborted class as 0 tests without its reason: say it in the build log.
      System.err.println("SKIPPED " + context.getDisplayName() + ": " + why);
      Assumptions.abort(why);
    }
    return context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(RealPlatform.class, k -> start(), RealPlatform.class);
  }

  private static RealPlatform start() {
    try {
      Path dir = Files.createTempDirectory("hocsau-cli-e2e-");
      int port = freePort();
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.add("-Xmx768m");
      command.add("-Dquarkus.profile=dev");
      command.add("-Dquarkus.http.host=127.0.0.1");
      command.add("-Dquarkus.http.port=" + port);
      command.add("-Dhocsau.db.embedded.data-dir=" + dir.resolve("postgres"));
      command.add("-Dhocsau.jobs.dev-runner-token-file=" + dir.resolve("runner-token"));
      command.add("-Dhocsau.courses.dir=" + ROOT.resolve("courses"));
      command.add("-Dhocsau.labs.datasets-dir=" + ROOT.resolve("datasets"));
      // The first admin, created at start-up as on a real server; it pushes courses.
      command.add("-Dhocsau.admin.email=" + ADMIN_EMAIL);
      command.add("-Dhocsau.admin.password=" + SiteSession.PASSWORD);
      // Every test signs its learners up from 127.0.0.1.
      command.add("-Dhocsau.rate-limit.signup-per-ip=1000");
      command.add("-jar");
      command.add(JAR.toString());
      Process process =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("platform.log").toFile())
              .start();
      RealPlatform platform =
          new RealPlatform(process, dir, URI.create("http://127.0.0.1:" + port));
      platform.awaitReady();
      return platform;
    } catch (IOException e) {
      throw new IllegalStateException("Cannot start the platform", e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /**
   * Polls {@code /q/health/ready} until it answers 200, the process dies or the deadline passes.
   */
  private void awaitReady() {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(START_DEADLINE);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The platform exited while starting:\n" + log());
      }
      try {
        HttpResponse<Void> response =
            http.send(
                HttpRequest.newBuilder(url.resolve("/q/health/ready"))
                    .timeout(Duration.ofSeconds(2))
                    .build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200 && Files.isRegularFile(runnerTokenFile())) {
          return;
        }
      } catch (IOException e) {
        // Not listening yet: ask again once the process has had a moment (waitFor returns early
        // when it dies).
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      try {
        process.waitFor(200, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException(
        "The platform was not ready within " + START_DEADLINE + ":\n" + log());
  }

  /** The runner token the dev profile wrote for a local runner. */
  Path runnerTokenFile() {
    return dir.resolve("runner-token");
  }

  /** A new learner, signed up through the site, with a personal API token. */
  Learner learner() {
    int n = LEARNERS.incrementAndGet();
    SiteSession site = SiteSession.signUp(url, "Học viên " + n, "cli-e2e-" + n + "@hocsau.test");
    return new Learner("Học viên " + n, site, site.createToken("hocsau cli " + n));
  }

  /** The admin created at start-up, signed in through the site, with a personal API token. */
  Learner admin() {
    SiteSession site = SiteSession.signIn(url, ADMIN_EMAIL, SiteSession.PASSWORD);
    return new Learner("Admin", site, site.createToken("hocsau cli admin " + LEARNERS.get()));
  }

  /** The platform's output, for failure messages. */
  String log() {
    try {
      String text = Files.readString(dir.resolve("platform.log"));
      return text.length() > 8000 ? text.substring(text.length() - 8000) : text;
    } catch (IOException e) {
      return "(no platform log: " + e + ")";
    }
  }

  @Override
  public void close() throws InterruptedException {
    // SIGTERM: Quarkus stops, and the embedded PostgreSQL with it.
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    deleteTree(dir);
  }

  private static void deleteTree(Path dir) {
    try (var paths = Files.walk(dir)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temporary folder left behind is not worth failing the run for.
    }
  }
}
