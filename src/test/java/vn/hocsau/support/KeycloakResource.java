package vn.hocsau.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Keycloak for OIDC tests: the official distribution (unpacked from Maven Central into
 * {@code target/keycloak} by the build), started in dev mode with an in-memory database and the
 * realm {@code infra/keycloak/hocsau-realm.json} imported. Keycloak 26 needs Java 21 or newer,
 * which need not be the JDK running the tests; see {@link KeycloakJdk}.
 */
public class KeycloakResource implements QuarkusTestResourceLifecycleManager {

  /**
   * Config key of the master realm's bootstrap admin password, for tests that use the admin API.
   */
  public static final String ADMIN_PASSWORD_KEY = "hocsau.test.keycloak.admin-password";

  /** The hocsau-web client secret in the dev/test realm file. */
  public static final String CLIENT_SECRET = "hocsau-web-dev-secret-not-for-production";

  private static final Path REALM_FILE = Path.of("infra/keycloak/hocsau-realm.json");
  private static final Duration START_TIMEOUT =
      Duration.parse(System.getProperty("keycloak.start-timeout", "PT6M"));

  private Process process;
  private Thread shutdownHook;

  /**
   * Starts Keycloak, on new ports when the chosen ones were taken before it bound them (another
   * process on the machine, or, with ports in the ephemeral range, even a TCP self-connection of
   * the readiness poll).
   */
  @Override
  public Map<String, String> start() {
    for (int attempt = 1; ; attempt++) {
      try {
        return startOnce();
      } catch (PortTaken e) {
        if (attempt == 3) {
          throw new IllegalStateException("Keycloak found its port taken three times", e);
        }
        System.out.println("Keycloak's port was taken; starting it again on other ports");
      }
    }
  }

  private Map<String, String> startOnce() {
    Path dist = distribution();
    Path javaHome = KeycloakJdk.find();
    int port = freePort();
    String adminPassword = UUID.randomUUID().toString();
    try {
      Files.createDirectories(dist.resolve("data/import"));
      Files.copy(
          REALM_FILE,
          dist.resolve("data/import/hocsau-realm.json"),
          StandardCopyOption.REPLACE_EXISTING);
      Path log = dist.resolveSibling("keycloak-test.log");
      ProcessBuilder builder =
          new ProcessBuilder(
                  dist.resolve("bin/kc.sh").toString(),
                  "start-dev",
                  "--import-realm",
                  "--db=dev-mem",
                  "--http-port=" + port,
                  "--http-management-port=" + freePort())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      builder.environment().put("JAVA_HOME", javaHome.toString());
      builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
      builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
      long started = System.nanoTime();
      process = builder.start();
      shutdownHook = new Thread(this::stopProcessTree, "keycloak-stop");
      Runtime.getRuntime().addShutdownHook(shutdownHook);
      String realm = "http://localhost:" + port + "/realms/hocsau";
      awaitReady(URI.create(realm + "/.well-known/openid-configuration"), log);
      System.out.printf(
          "Keycloak %s ready in %.1f s on port %d (JDK %s); log: %s%n",
          dist.getFileName(), (System.nanoTime() - started) / 1e9, port, javaHome, log);
      return Map.of(
          "quarkus.oidc.auth-server-url",
          realm,
          "quarkus.oidc.credentials.secret",
          CLIENT_SECRET,
          ADMIN_PASSWORD_KEY,
          adminPassword);
    } catch (IOException e) {
      stopProcessTree();
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      stopProcessTree();
      throw e;
    }
  }

  @Override
  public void stop() {
    stopProcessTree();
    if (shutdownHook != null) {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    }
  }

  /** Polls the realm's discovery document until it answers, the process dies, or time runs out. */
  private void awaitReady(URI discovery, Path log) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest request = HttpRequest.newBuilder(discovery).timeout(Duration.ofSeconds(5)).build();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        String tail = tail(log);
        if (tail.contains("Address already in use")) {
          throw new PortTaken(tail);
        }
        throw new IllegalStateException(
            "Keycloak exited with " + process.exitValue() + " before it was ready:\n" + tail(log));
      }
      try {
        if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // Not listening yet.
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for Keycloak", e);
      }
      try {
        process.waitFor(250, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for Keycloak", e);
      }
    }
    throw new IllegalStateException(
        "Keycloak was not ready within "
            + START_TIMEOUT
            + " (-Dkeycloak.start-timeout):\n"
            + tail(log));
  }

  /** kc.sh runs Keycloak as a child java process, so the whole tree is stopped. */
  private void stopProcessTree() {
    if (process == null) {
      return;
    }
    List<ProcessHandle> tree =
        Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
    tree.forEach(ProcessHandle::destroy);
    for (ProcessHandle handle : tree) {
      try {
        handle.onExit().get(30, TimeUnit.SECONDS);
      } catch (Exception e) {
        handle.destroyForcibly();
      }
    }
  }

  private static Path distribution() {
    String configured = System.getProperty("keycloak.dist");
    Path dist = configured == null ? Path.of("target/keycloak/none") : Path.of(configured);
    if (!Files.isExecutable(dist.resolve("bin/kc.sh"))) {
      throw new IllegalStateException(
          "No Keycloak distribution at "
              + dist.toAbsolutePath()
              + ". The build unpacks it in generate-test-resources: run the tests with Maven"
              + " (mvn test), or mvn generate-test-resources once before running them elsewhere.");
    }
    return dist;
  }

  /**
   * A port that is free now, below Linux's ephemeral range (32768 and up), so that no outgoing
   * connection, not even the readiness poll's own, can take it before Keycloak binds it.
   */
  private static int freePort() {
    java.util.Random random = new java.util.Random();
    for (int tries = 0; tries < 100; tries++) {
      int port = 20000 + random.nextInt(12000);
      try (ServerSocket socket = new ServerSocket(port)) {
        return socket.getLocalPort();
      } catch (IOException e) {
        // Taken: try another.
      }
    }
    throw new IllegalStateException("no free port found between 20000 and 32000");
  }

  /** Keycloak exited because a port it was given had been taken meanwhile. */
  private static final class PortTaken extends RuntimeException {
    PortTaken(String log) {
      super(log);
    }
  }

  private static String tail(Path log) {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log at " + log + ")";
    }
  }
}
