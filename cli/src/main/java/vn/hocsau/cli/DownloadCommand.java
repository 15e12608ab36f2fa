package vn.hocsau.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code hocsau download <lab> [<name>…] [--dir d]}: a lab's public data files. Without names it
 * asks the server for the list ({@code GET …/files}). File names come from the server and are
 * checked ({@link SafeName}) before they become paths.
 */
@Command(name = "download", mixinStandardHelpOptions = true)
class DownloadCommand implements Callable<Integer> {

  @ParentCommand HocsauCli cli;

  @Parameters(index = "0", paramLabel = "<lab>", descriptionKey = "lab")
  String lab;

  @Parameters(index = "1..*", paramLabel = "<name>", descriptionKey = "names")
  List<String> names = new ArrayList<>();

  @Option(names = "--dir", defaultValue = ".", paramLabel = "<dir>")
  Path dir;

  @Override
  public Integer call() {
    Messages m = cli.messages;
    LabRef ref = LabRef.parse(lab, m);
    List<String> files = names.isEmpty() ? listed(ref) : names;
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new CliException(
          ExitCodes.LOCAL_IO, m.get("error.mkdir", dir, e.getMessage()), m.get("hint.local-io"));
    }
    for (String name : files) {
      Path target = dir.resolve(SafeName.check(name, m));
      long bytes =
          cli.client().download(Route.LAB_FILE.with(ref.course(), ref.slug(), name), target);
      cli.out.println(m.get("download.saved", target, bytes));
    }
    return ExitCodes.OK;
  }

  private List<String> listed(LabRef ref) {
    List<String> files = new ArrayList<>();
    for (JsonNode f : cli.client().get(Route.LAB_FILES.with(ref.course(), ref.slug()))) {
      files.add(f.isTextual() ? f.asText() : Json.text(f, "name"));
    }
    return files;
  }
}
