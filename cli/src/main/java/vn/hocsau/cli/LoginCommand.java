package vn.hocsau.cli;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code hocsau login}: asks for the server's URL and a personal API token (read from standard
 * input; with a console the token is not echoed), checks the token against the server, and writes
 * the config file with mode 600.
 */
@Command(name = "login", mixinStandardHelpOptions = true)
class LoginCommand implements Callable<Integer> {

  @ParentCommand HocsauCli cli;

  @Override
  public Integer call() {
    Messages m = cli.messages;
    Path file = Config.configFile(cli.terminal.env(), cli.terminal.home());
    String url = cli.ask(m.get("login.url"));
    if (url == null || url.isBlank()) {
      throw new CliException(ExitCodes.USAGE, m.get("error.login-no-url"), m.get("hint.bad-url"));
    }
    URI server = Config.parseUrl(url, m);
    String token = secret(m.get("login.token", server + "/account/tokens"));
    if (token == null || token.isBlank()) {
      throw new CliException(
          ExitCodes.USAGE, m.get("error.login-no-token"), m.get("hint.create-token", server));
    }
    Config config = new Config(server, token.strip());
    // A token the server refuses is not saved: the error says what to do instead.
    new ApiClient(config, m, Duration.ZERO).get(Route.JOBS.with());
    Config.write(file, server, token.strip(), m);
    cli.out.println(m.get("login.saved", file));
    return ExitCodes.OK;
  }

  private String secret(String prompt) {
    if (cli.terminal.console() != null) {
      char[] typed = cli.terminal.console().readPassword("%s", prompt);
      return typed == null ? null : new String(typed);
    }
    return cli.ask(prompt);
  }
}
