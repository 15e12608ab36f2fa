package vn.hocsau.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Where the server is and which personal API token to use. {@code HOCSAU_URL} and {@code
 * HOCSAU_TOKEN} win; otherwise {@code url=} and {@code token=} lines of {@code
 * $XDG_CONFIG_HOME/hocsau/config} (default {@code ~/.config/hocsau/config}). A config file that
 * others can read gets a warning, as ssh does for keys; {@code hocsau login} writes it with mode
 * 600.
 */
public record Config(URI url, String token) {

  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  /** Loads the configuration for {@code env} and the user's {@code home}. */
  public static Config load(Map<String, String> env, Path home, PrintWriter err, Messages m) {
    Path file = configFile(env, home);
    Properties stored = readFile(file, err, m);
    String url = firstNonBlank(env.get("HOCSAU_URL"), stored.getProperty("url"));
    String token = firstNonBlank(env.get("HOCSAU_TOKEN"), stored.getProperty("token"));
    if (url == null) {
      throw new CliException(ExitCodes.CONFIG, m.get("error.no-url"), m.get("hint.login-or-env"));
    }
    if (token == null) {
      throw new CliException(ExitCodes.CONFIG, m.get("error.no-token"), m.get("hint.login-or-env"));
    }
    return new Config(parseUrl(url, m), token);
  }

  static Path configFile(Map<String, String> env, Path home) {
    String xdg = env.get("XDG_CONFIG_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".config");
    return base.resolve("hocsau").resolve("config");
  }

  /**
   * Writes {@code url} and {@code token} to {@code file}, readable by its owner only from the first
   * byte (a temporary file made with mode 600, then moved into place).
   */
  static void write(Path file, URI url, String token, Messages m) {
    try {
      Path dir = file.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path tmp;
      try {
        tmp =
            Files.createTempFile(
                dir, ".config-", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
      } catch (UnsupportedOperationException e) {
        tmp = Files.createTempFile(dir, ".config-", ".tmp"); // not POSIX (Windows)
      }
      Files.writeString(tmp, "url=" + url + "\ntoken=" + token + "\n", StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new CliException(
          ExitCodes.LOCAL_IO, m.get("error.write", file, e.getMessage()), m.get("hint.local-io"));
    }
  }

  private static Properties readFile(Path file, PrintWriter err, Messages m) {
    Properties p = new Properties();
    if (!Files.isRegularFile(file)) {
      return p;
    }
    warnIfOthersCanRead(file, err, m);
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException | IllegalArgumentException e) {
      throw new CliException(
          ExitCodes.CONFIG,
          m.get("error.config-unreadable", file, e.getMessage()),
          m.get("hint.login"));
    }
    return p;
  }

  private static void warnIfOthersCanRead(Path file, PrintWriter err, Messages m) {
    try {
      Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
      if (perms.contains(PosixFilePermission.GROUP_READ)
          || perms.contains(PosixFilePermission.OTHERS_READ)) {
        err.println(m.get("warning.config-readable", file));
        err.flush();
      }
    } catch (UnsupportedOperationException | IOException e) {
      // Not a POSIX file system (Windows): nothing to check.
    }
  }

  /** {@code text} as the server's base URL: http(s) with a host, without trailing slashes. */
  static URI parseUrl(String text, Messages m) {
    try {
      URI uri = URI.create(text.strip().replaceAll("/+$", ""));
      String scheme = uri.getScheme();
      if (!("https".equals(scheme) || "http".equals(scheme)) || uri.getHost() == null) {
        throw new IllegalArgumentException("not an http(s) URL");
      }
      return uri;
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCodes.CONFIG, m.get("error.bad-url", text), m.get("hint.bad-url"));
    }
  }

  private static String firstNonBlank(String a, String b) {
    if (a != null && !a.isBlank()) {
      return a.strip();
    }
    return b != null && !b.isBlank() ? b.strip() : null;
  }
}
