package vn.hocsau.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code hocsau outputs <job> [--dir d]}: the files the job uploaded (name, size, SHA-256); with
 * {@code --dir}, downloads them there, each name checked by {@link SafeName} and each file checked
 * against its SHA-256.
 */
@Command(name = "outputs", mixinStandardHelpOptions = true)
class OutputsCommand implements Callable<Integer> {

  @ParentCommand HocsauCli cli;

  @Parameters(index = "0", paramLabel = "<job>", descriptionKey = "job")
  long job;

  @Option(names = "--dir", paramLabel = "<dir>")
  Path dir;

  @Override
  public Integer call() {
    Messages m = cli.messages;
    JsonNode files = cli.client().get(Route.JOB_OUTPUTS.with(job));
    if (files.isEmpty()) {
      cli.out.println(m.get("outputs.none", Long.toString(job)));
      return ExitCodes.OK;
    }
    if (dir == null) {
      Table table = new Table(m.get("col.name"), m.get("col.size"), "SHA-256");
      for (JsonNode f : files) {
        table.row(Json.text(f, "name"), Json.text(f, "size"), Json.text(f, "sha256"));
      }
      table.print(cli.out);
      return ExitCodes.OK;
    }
    createDir(m);
    for (JsonNode f : files) {
      String name = SafeName.check(Json.text(f, "name"), m);
      Path target = dir.resolve(name);
      long bytes = cli.client().download(Route.JOB_OUTPUT.with(job, name), target);
      verify(target, Json.text(f, "sha256"), m);
      cli.out.println(m.get("download.saved", target, bytes));
    }
    return ExitCodes.OK;
  }

  private void createDir(Messages m) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new CliException(
          ExitCodes.LOCAL_IO, m.get("error.mkdir", dir, e.getMessage()), m.get("hint.local-io"));
    }
  }

  private static void verify(Path file, String expected, Messages m) {
    if (expected == null) {
      return;
    }
    try (InputStream in =
        new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(OutputStream.nullOutputStream());
      String actual =
          HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
      if (!actual.equalsIgnoreCase(expected)) {
        Files.deleteIfExists(file);
        throw new CliException(
            ExitCodes.NETWORK, m.get("error.checksum", file), m.get("hint.retry"));
      }
    } catch (IOException e) {
      throw new CliException(ExitCodes.LOCAL_IO, m.get("error.read", file), m.get("hint.local-io"));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
