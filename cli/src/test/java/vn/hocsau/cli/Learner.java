package vn.hocsau.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * A learner of the real platform with a personal API token, and the CLI run as them: in-process
 * ({@link HocsauCli#run}), with {@code HOCSAU_URL}, {@code HOCSAU_TOKEN} and {@code LANG} in its
 * environment and a home folder of its own.
 */
final class Learner {

  final String name;
  final SiteSession site;
  final SiteSession.Token token;
  private final Path home;

  Learner(String name, SiteSession site, SiteSession.Token token) {
    this.name = name;
    this.site = site;
    this.token = token;
    try {
      // Under target/, so "mvn clean" removes the learners' folders.
      Path homes = Files.createDirectories(Path.of("target/e2e-homes").toAbsolutePath());
      this.home = Files.createTempDirectory(homes, "home-");
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** What one CLI run printed, and its exit code. */
  record Run(int code, String out, String err) {
    @Override
    public String toString() {
      return "exit " + code + "\n--- out:\n" + out + "--- err:\n" + err;
    }
  }

  Path home() {
    return home;
  }

  /** Runs {@code hocsau args…} as this learner against {@code platform}, in {@code lang}. */
  Run cli(RealPlatform platform, String lang, String... args) {
    return cli(platform, lang, new StringWriter(), args);
  }

  /** As {@link #cli(RealPlatform, String, String...)}, printing into {@code out} as it goes. */
  Run cli(RealPlatform platform, String lang, StringWriter out, String... args) {
    Map<String, String> env = new HashMap<>();
    env.put("HOCSAU_URL", platform.url.toString());
    env.put("HOCSAU_TOKEN", token.text());
    env.put("LANG", lang);
    return run(env, "", out, args);
  }

  /** Runs {@code hocsau args…} with exactly {@code env} and {@code stdin}. */
  Run run(Map<String, String> env, String stdin, String... args) {
    return run(env, stdin, new StringWriter(), args);
  }

  private Run run(Map<String, String> env, String stdin, StringWriter out, String... args) {
    StringWriter err = new StringWriter();
    HocsauCli.Terminal terminal =
        new HocsauCli.Terminal(
            new PrintWriter(out, true),
            new PrintWriter(err, true),
            HocsauCli.reader(stdin),
            null,
            false,
            env,
            home);
    int code = HocsauCli.run(args, terminal, Duration.ofMillis(200));
    return new Run(code, out.toString(), err.toString());
  }
}
