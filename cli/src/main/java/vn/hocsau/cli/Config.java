package vn.hocsau.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Where the server is and which personal API token to use. {@code HOCSAU_URL} and {@code
 * HOCSAU_TOKEN} win; otherwise {@code url=} and {@code token=} lines of {@code
 * $XDG_CONFIG_HOME/hocsau/config} (default {@code ~/.config/hocsau/config}). A config file that
 * others can read gets a warning, as ssh does for keys.
 */
public record Config(URI url, String token) {

  /** Loads the configuration for {@code env} and the user's {@code home}. */
  public static Config load(Map<String, String> env, Path home, PrintWriter err) {
    Properties file = readFile(configFile(env, home), err);
    String url = firstNonBlank(env.get("HOCSAU_URL"), file.getProperty("url"));
    String token = firstNonBlank(env.get("HOCSAU_TOKEN"), file.getProperty("token"));
    if (url == null) {
      throw new CliException(
          ExitCodes.CONFIG,
          "No server configured: set HOCSAU_URL (e.g. https://hocsau.example) or url= in "
              + configFile(env, home));
    }
    if (token == null) {
      throw new CliException(
          ExitCodes.CONFIG,
          "No API token: create one on your account's \"API tokens\" page, then set HOCSAU_TOKEN"
              + " or token= in "
              + configFile(env, home));
    }
    return new Config(parseUrl(url), token);
  }

  static Path configFile(Map<String, String> env, Path home) {
    String xdg = env.get("XDG_CONFIG_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".config");
    return base.resolve("hocsau").resolve("config");
  }

  private static Properties readFile(Path file, PrintWriter err) {
    Properties p = new Properties();
    if (!Files.isRegularFile(file)) {
      return p;
    }
    warnIfOthersCanRead(file, err);
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException | IllegalArgumentException e) {
      throw new CliException(ExitCodes.CONFIG, "Cannot read " + file + ": " + e.getMessage());
    }
    return p;
  }

  private static void warnIfOthersCanRead(Path file, PrintWriter err) {
    try {
      Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
      if (perms.contains(PosixFilePermission.GROUP_READ)
          || perms.contains(PosixFilePermission.OTHERS_READ)) {
        err.println(
            "warning: "
                + file
                + " holds your API token and is readable by other users; run: chmod 600 "
                + file);
        err.flush();
      }
    } catch (UnsupportedOperationException | IOException e) {
      // Not a POSIX file system (Windows): nothing to check.
    }
  }

  private static URI parseUrl(String text) {
    try {
      URI uri = URI.create(text.strip().replaceAll("/+$", ""));
      String scheme = uri.getScheme();
      if (!("https".equals(scheme) || "http".equals(scheme)) || uri.getHost() == null) {
        throw new IllegalArgumentException("not an http(s) URL");
      }
      return uri;
    } catch (IllegalArgumentException e) {
      throw new CliException(ExitCodes.CONFIG, "Bad server URL '" + text + "': " + e.getMessage());
    }
  }

  private static String firstNonBlank(String a, String b) {
    if (a != null && !a.isBlank()) {
      return a.strip();
    }
    return b != null && !b.isBlank() ? b.strip() : null;
  }
}
