package vn.hocsau.job.runner;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * In the dev profile, a runner token for a runner on the same machine, so {@code ./run.sh} can
 * start one without an admin creating a token by hand. Its plain text goes to {@code
 * hocsau.jobs.dev-runner-token-file} (mode 600, written atomically); the database keeps only its
 * hash, as for every token. A restart keeps the token while the file holds a live one, and makes a
 * new one otherwise (file lost, token revoked, database reset). Never in any other profile.
 */
@ApplicationScoped
public class DevRunnerToken {

  /** The name of the token in {@code /admin/runners}. */
  public static final String NAME = "local dev runner";

  private static final Logger LOG = Logger.getLogger(DevRunnerToken.class);

  @Inject RunnerTokenService tokens;

  @ConfigProperty(name = "hocsau.jobs.dev-runner-token-file")
  Optional<String> file;

  void onStart(@Observes StartupEvent event) {
    if (enabled()) {
      Path path = Path.of(file.get());
      ensure(path);
      LOG.infof("Dev runner token in %s", path.toAbsolutePath());
    }
  }

  /** Whether this process makes a dev token: the dev profile, with a file configured. */
  public boolean enabled() {
    return file.isPresent() && isDevOnly(ConfigUtils.getProfiles());
  }

  /** Whether these active profiles are the dev profile and not prod. */
  static boolean isDevOnly(List<String> profiles) {
    return profiles.contains("dev") && !profiles.contains("prod") && !profiles.contains("test");
  }

  /**
   * Makes sure {@code path} holds a live runner token, creating one when it does not.
   *
   * @return the plain token
   */
  public String ensure(Path path) {
    Optional<String> existing = read(path);
    if (existing.isPresent() && tokens.isActive(existing.get())) {
      return existing.get();
    }
    String token = tokens.create(NAME).token();
    write(path, token);
    return token;
  }

  private static Optional<String> read(Path path) {
    try {
      return Files.isRegularFile(path)
          ? Optional.of(Files.readString(path, StandardCharsets.UTF_8).strip())
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  // Written to a private temporary file first, then renamed: the token is never readable by
  // others, not even for a moment, and a crash never leaves half a token behind.
  private static void write(Path path, String token) {
    Path dir = path.toAbsolutePath().getParent();
    try {
      Files.createDirectories(dir);
      Path tmp =
          Files.createTempFile(
              dir,
              ".dev-runner-token",
              ".tmp",
              PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      try {
        Files.writeString(tmp, token + "\n", StandardCharsets.UTF_8);
        try {
          Files.move(
              tmp, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, path, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the dev runner token to " + path, e);
    }
  }
}
