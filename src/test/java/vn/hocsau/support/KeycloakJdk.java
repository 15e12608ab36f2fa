package vn.hocsau.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Finds a JDK that can run Keycloak 26 (Java 21 or newer), while the platform itself builds and
 * tests on Java 17. Order: {@code KEYCLOAK_JAVA_HOME}, the JDK running the tests, then the oldest
 * suitable JDK under {@code /usr/lib/jvm} (the oldest is the one Keycloak has been tested on
 * longest).
 */
public final class KeycloakJdk {

  /** The oldest Java version Keycloak 26 runs on. */
  public static final int MINIMUM = 21;

  private static final Path SYSTEM_JDKS = Path.of("/usr/lib/jvm");

  private KeycloakJdk() {}

  /** The home of a suitable JDK; fails with what to install when there is none. */
  public static Path find() {
    String configured = System.getenv("KEYCLOAK_JAVA_HOME");
    if (configured != null && !configured.isBlank()) {
      Path home = Path.of(configured);
      int version = version(home).orElse(0);
      if (version < MINIMUM || !Files.isExecutable(home.resolve("bin/java"))) {
        throw new IllegalStateException(
            "KEYCLOAK_JAVA_HOME="
                + home
                + " is not a JDK "
                + MINIMUM
                + "+ (found "
                + version
                + ")");
      }
      return home;
    }
    Path running = Path.of(System.getProperty("java.home"));
    if (Runtime.version().feature() >= MINIMUM) {
      return running;
    }
    return installed()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "Keycloak 26 needs Java "
                        + MINIMUM
                        + "+, but the tests run on Java "
                        + Runtime.version().feature()
                        + " and there is no JDK "
                        + MINIMUM
                        + "+ under "
                        + SYSTEM_JDKS
                        + ". Install one there (e.g. Temurin 21 or 25; Debian 12 main has no"
                        + " JDK 21, Debian 13 has openjdk-21-jdk-headless) or point"
                        + " KEYCLOAK_JAVA_HOME at one."));
  }

  private static Optional<Path> installed() {
    if (!Files.isDirectory(SYSTEM_JDKS)) {
      return Optional.empty();
    }
    try (Stream<Path> homes = Files.list(SYSTEM_JDKS)) {
      return homes
          .filter(home -> Files.isExecutable(home.resolve("bin/java")))
          .filter(home -> version(home).orElse(0) >= MINIMUM)
          .min(Comparator.comparing((Path home) -> version(home).orElse(0)).thenComparing(p -> p));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The feature version in the JDK's {@code release} file, e.g. 21 for JAVA_VERSION="21.0.5". */
  static Optional<Integer> version(Path home) {
    Path release = home.resolve("release");
    if (!Files.isRegularFile(release)) {
      return Optional.empty();
    }
    try (var reader = Files.newBufferedReader(release)) {
      Properties properties = new Properties();
      properties.load(reader);
      String value = properties.getProperty("JAVA_VERSION", "").replace("\"", "");
      String feature = value.split("[.+-]", 2)[0];
      return feature.matches("\\d+") ? Optional.of(Integer.parseInt(feature)) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
