package vn.hocsau.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code hocsau}: the HọcSâu command-line client, modelled on {@code kaggle competitions}. */
@Command(
    name = "hocsau",
    mixinStandardHelpOptions = true,
    version = "hocsau 0.1.0",
    description = "Submit predictions to HọcSâu labs and follow their leaderboards.",
    subcommands = {
      LabsCommand.class,
      SubmitCommand.class,
      StatusCommand.class,
      LeaderboardCommand.class,
      DownloadCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Configuration: HOCSAU_URL and HOCSAU_TOKEN, or url= and token= in ~/.config/hocsau/config.",
      "Exit codes: 0 ok, 1 invalid submission, 2 usage, 3 configuration, 4 token refused,",
      "            5 not found, 6 network or server error, 7 refused, 8 local file error."
    })
public class HocsauCli implements Runnable {

  final PrintWriter out;
  final PrintWriter err;
  private final Map<String, String> env;
  private final Path home;
  private final Duration backoff;
  private ApiClient client;

  HocsauCli(
      PrintWriter out, PrintWriter err, Map<String, String> env, Path home, Duration backoff) {
    this.out = out;
    this.err = err;
    this.env = env;
    this.home = home;
    this.backoff = backoff;
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    Path home = Path.of(System.getProperty("user.home"));
    System.exit(run(args, out, err, System.getenv(), home, Duration.ofSeconds(2)));
  }

  /** Runs one command line; returns the exit code (see {@link ExitCodes}). */
  static int run(
      String[] args,
      PrintWriter out,
      PrintWriter err,
      Map<String, String> env,
      Path home,
      Duration backoff) {
    CommandLine cli = new CommandLine(new HocsauCli(out, err, env, home, backoff));
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof CliException c) {
            err.println("error: " + c.getMessage());
            err.flush();
            return c.exitCode();
          }
          throw e;
        });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** Without a command: the usage. */
  @Override
  public void run() {
    new CommandLine(this).usage(out);
  }

  /** The API client, configured on first use (so {@code help} needs no configuration). */
  ApiClient client() {
    if (client == null) {
      client = new ApiClient(Config.load(env, home, err), backoff);
    }
    return client;
  }
}
