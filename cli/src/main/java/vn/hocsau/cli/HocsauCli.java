package vn.hocsau.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringReader;
import java.lang.reflect.Method;
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
    version = "hocsau 0.2.0",
    subcommands = {
      LoginCommand.class,
      LabsCommand.class,
      SubmitCommand.class,
      WatchCommand.class,
      JobsCommand.class,
      LogsCommand.class,
      CancelCommand.class,
      OutputsCommand.class,
      CompareCommand.class,
      StatusCommand.class,
      LeaderboardCommand.class,
      DownloadCommand.class,
      CourseCommand.class,
      CommandLine.HelpCommand.class
    })
public class HocsauCli implements Runnable {

  /** Where a run reads and writes: streams, environment, home folder, and whether it is a TTY. */
  record Terminal(
      PrintWriter out,
      PrintWriter err,
      BufferedReader in,
      Console console,
      boolean tty,
      Map<String, String> env,
      Path home) {}

  final PrintWriter out;
  final PrintWriter err;
  final Terminal terminal;
  final Messages messages;
  private final Duration backoff;
  private ApiClient client;
  private Config config;

  HocsauCli(Terminal terminal, Duration backoff) {
    this.terminal = terminal;
    this.out = terminal.out();
    this.err = terminal.err();
    this.messages = Messages.of(terminal.env());
    this.backoff = backoff;
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    Console console = System.console();
    BufferedReader in =
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    Path home = Path.of(System.getProperty("user.home"));
    Terminal terminal =
        new Terminal(out, err, in, console, isTerminal(console), System.getenv(), home);
    System.exit(run(args, terminal, Duration.ofSeconds(2)));
  }

  /** Runs one command line without a console (tests); returns the exit code. */
  static int run(
      String[] args,
      PrintWriter out,
      PrintWriter err,
      Map<String, String> env,
      Path home,
      Duration backoff) {
    return run(args, new Terminal(out, err, reader(""), null, false, env, home), backoff);
  }

  /** Runs one command line; returns the exit code (see {@link ExitCodes}). */
  static int run(String[] args, Terminal terminal, Duration backoff) {
    HocsauCli root = new HocsauCli(terminal, backoff);
    CommandLine cli = new CommandLine(root);
    cli.setResourceBundle(root.messages.help());
    cli.setOut(terminal.out());
    cli.setErr(terminal.err());
    cli.setParameterExceptionHandler(
        (e, arguments) -> {
          terminal.err().println(root.messages.get("error.prefix", Text.clean(e.getMessage())));
          String command = e.getCommandLine().getCommandSpec().qualifiedName();
          terminal
              .err()
              .println(root.messages.get("hint.prefix", root.messages.get("hint.usage", command)));
          terminal.err().flush();
          return ExitCodes.USAGE;
        });
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof CliException c) {
            root.fail(c);
            return c.exitCode();
          }
          throw e;
        });
    int code = cli.execute(args);
    terminal.out().flush();
    terminal.err().flush();
    return code;
  }

  /** Prints a failure: the message, then what to do next. */
  void fail(CliException c) {
    out.flush();
    err.println(messages.get("error.prefix", c.getMessage()));
    if (c.hint() != null) {
      err.println(messages.get("hint.prefix", c.hint()));
    }
    err.flush();
  }

  /** Without a command: the usage. */
  @Override
  public void run() {
    new CommandLine(this).setResourceBundle(messages.help()).usage(out);
  }

  /**
   * Asks {@code prompt} on the error stream and reads one line from the console, or from standard
   * input when there is none; null at the end of the input.
   */
  String ask(String prompt) {
    err.print(prompt);
    err.flush();
    if (terminal.console() != null) {
      return terminal.console().readLine();
    }
    return readLine();
  }

  /** One line of standard input, or null at its end. */
  String readLine() {
    try {
      return terminal.in().readLine();
    } catch (java.io.IOException e) {
      throw new CliException(
          ExitCodes.LOCAL_IO,
          messages.get("error.stdin", e.getMessage()),
          messages.get("hint.local-io"));
    }
  }

  /** The configuration, read on first use (so {@code help} and {@code login} need none). */
  Config config() {
    if (config == null) {
      config = Config.load(terminal.env(), terminal.home(), err, messages);
    }
    return config;
  }

  /** The API client, configured on first use. */
  ApiClient client() {
    if (client == null) {
      client = new ApiClient(config(), messages, backoff);
    }
    return client;
  }

  /**
   * Sleeps between polls of a job; a test of {@code watch} runs against a real job, in real time.
   */
  void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CliException(
          ExitCodes.NETWORK, messages.get("error.interrupted"), messages.get("hint.retry"));
    }
  }

  static BufferedReader reader(String text) {
    Reader r = new StringReader(text);
    return new BufferedReader(r);
  }

  // Java 22+ returns a Console even when output is redirected; isTerminal() tells them apart.
  private static boolean isTerminal(Console console) {
    if (console == null) {
      return false;
    }
    try {
      Method m = Console.class.getMethod("isTerminal");
      return (Boolean) m.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }
}
