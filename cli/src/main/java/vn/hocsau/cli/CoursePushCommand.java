package vn.hocsau.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hocsau course push <dir> [--yes]}: sends one course folder to the platform as a zip. First
 * a dry run: the problems, then what would be added, changed and removed, and what learners keep;
 * then, on confirmation (or with {@code --yes}), the import. Needs an instructor's token.
 */
@Command(name = "push", mixinStandardHelpOptions = true)
class CoursePushCommand implements Callable<Integer> {

  /** What the client sends at most; the server takes up to 10 MiB. */
  static final long MAX_ZIP = 10L << 20;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "<dir>", descriptionKey = "dir")
  Path dir;

  @Option(names = {"-y", "--yes"})
  boolean yes;

  @Override
  public Integer call() {
    HocsauCli cli = (HocsauCli) spec.root().userObject();
    Messages m = cli.messages;
    Path folder = dir.toAbsolutePath().normalize();
    if (!Files.isRegularFile(folder.resolve("course.yaml"))) {
      throw new CliException(
          ExitCodes.LOCAL_IO, m.get("error.no-course-yaml", dir), m.get("hint.course-folder"));
    }
    String slug = folder.getFileName().toString();
    byte[] zip = zip(folder, m);
    JsonNode plan = send(cli, slug, zip, true);
    print(cli, plan);
    if (plan.path("status").asText().equals("invalid")) {
      throw new CliException(
          ExitCodes.INVALID_SUBMISSION, m.get("error.course-invalid"), m.get("hint.course-errors"));
    }
    if (plan.path("status").asText().equals("unchanged")) {
      cli.out.println(m.get("push.unchanged", slug));
      return ExitCodes.OK;
    }
    if (!yes && !confirm(cli, slug)) {
      cli.out.println(m.get("push.not-done"));
      return ExitCodes.OK;
    }
    JsonNode done = send(cli, slug, zip, false);
    if (!done.path("applied").asBoolean()) {
      print(cli, done);
      throw new CliException(
          ExitCodes.INVALID_SUBMISSION, m.get("error.course-invalid"), m.get("hint.course-errors"));
    }
    cli.out.println(m.get("push.done", slug, done.path("status").asText()));
    return ExitCodes.OK;
  }

  private static JsonNode send(HocsauCli cli, String slug, byte[] zip, boolean dryRun) {
    return cli.client().postZip(Route.COURSE_IMPORT.with(slug).param("dryRun", dryRun), zip);
  }

  private static void print(HocsauCli cli, JsonNode plan) {
    Messages m = cli.messages;
    for (JsonNode p : plan.path("problems")) {
      cli.out.println(Text.clean(p.asText()));
    }
    cli.out.println(
        m.get("push.status", Text.clean(plan.path("course").asText()), status(plan, m)));
    for (String part : List.of("lessons", "quizzes", "labs")) {
      for (String change : List.of("added", "changed", "removed")) {
        JsonNode names = plan.path(part).path(change);
        if (names.isArray() && !names.isEmpty()) {
          StringBuilder list = new StringBuilder();
          names.forEach(
              n -> list.append(list.isEmpty() ? "" : ", ").append(Text.clean(n.asText())));
          cli.out.println(m.get("push." + part + "." + change, names.size(), list));
        }
      }
    }
    cli.out.println(Text.clean(plan.path("history").path("note").asText()));
    cli.out.flush();
  }

  private static String status(JsonNode plan, Messages m) {
    return m.get("push.state." + plan.path("status").asText("invalid"));
  }

  /** Asks before importing; with no answer at all (no terminal, empty input) it stops. */
  private static boolean confirm(HocsauCli cli, String slug) {
    String line = cli.ask(cli.messages.get("push.confirm", slug));
    if (line == null) {
      throw new CliException(
          ExitCodes.USAGE, cli.messages.get("error.push-no-answer"), cli.messages.get("hint.yes"));
    }
    return line.strip().toLowerCase(Locale.ROOT).matches("y|yes|c|co|có");
  }

  /** The folder as a zip under its own name; hidden files and links are left out. */
  private static byte[] zip(Path folder, Messages m) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    String top = folder.getFileName().toString();
    try (ZipOutputStream out = new ZipOutputStream(bytes);
        Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.sorted().toList()) {
        Path rel = folder.relativize(file);
        boolean hidden = false;
        for (Path part : rel) {
          hidden |= part.toString().startsWith(".");
        }
        if (hidden || !Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        out.putNextEntry(new ZipEntry(top + "/" + rel.toString().replace('\\', '/')));
        Files.copy(file, out);
        out.closeEntry();
        if (bytes.size() > MAX_ZIP) {
          throw new CliException(
              ExitCodes.LOCAL_IO,
              m.get("error.course-too-large", MAX_ZIP >> 20),
              m.get("hint.course-too-large"));
        }
      }
    } catch (IOException e) {
      throw new CliException(
          ExitCodes.LOCAL_IO, m.get("error.read", folder), m.get("hint.local-io"));
    }
    return bytes.toByteArray();
  }
}
