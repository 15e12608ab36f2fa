package vn.hocsau.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code hocsau download <lab> [<name>…] [--dir d]}: a lab's public data files. Without names it
 * asks the server for the list ({@code GET …/files}). File names come from the server and are
 * checked before they become paths: a plain name, never a path.
 */
@Command(name = "download", description = "Download a lab's public data files.")
class DownloadCommand implements Callable<Integer> {

  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

  @ParentCommand HocsauCli cli;

  @Parameters(index = "0", paramLabel = "<lab>", description = "course/slug")
  String lab;

  @Parameters(index = "1..*", paramLabel = "<name>", description = "Files (default: all)")
  List<String> names = new ArrayList<>();

  @Option(names = "--dir", defaultValue = ".", description = "Target folder (default: here).")
  Path dir;

  @Override
  public Integer call() {
    LabRef ref = LabRef.parse(lab);
    List<String> files = names.isEmpty() ? listed(ref) : names;
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new CliException(ExitCodes.LOCAL_IO, "Cannot create " + dir + ": " + e.getMessage());
    }
    for (String name : files) {
      if (!SAFE_NAME.matcher(name).matches() || name.contains("..")) {
        throw new CliException(ExitCodes.REFUSED, "Refusing the file name '" + name + "'");
      }
      Path target = dir.resolve(name);
      long bytes = cli.client().download(ref.path() + "/files/" + ApiClient.encode(name), target);
      cli.out.printf("%s  %,d bytes%n", target, bytes);
    }
    return ExitCodes.OK;
  }

  private List<String> listed(LabRef ref) {
    List<String> files = new ArrayList<>();
    for (JsonNode f : cli.client().getJson(ref.path() + "/files")) {
      files.add(f.isTextual() ? f.asText() : Json.text(f, "name"));
    }
    return files;
  }
}
