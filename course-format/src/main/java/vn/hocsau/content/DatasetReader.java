package vn.hocsau.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads and validates one {@code <datasets>/<slug>/dataset.yaml}. */
public final class DatasetReader {

  public static final String FILE = "dataset.yaml";

  private static final Set<String> FIELDS =
      Set.of(
          "title",
          "format",
          "task",
          "numClasses",
          "inputShape",
          "source",
          "files",
          "split",
          "trainRows",
          "install");

  private DatasetReader() {}

  /** The dataset in {@code folder}, or empty with the reasons in {@code problems}. */
  public static Optional<DatasetSource> read(Path folder, Problems problems) {
    return read(folder, problems, false);
  }

  /**
   * Like {@link #read(Path, Problems)}; with {@code checkFiles}, each file it names must also be on
   * this machine: an error at the line naming it, or only a warning when the dataset says how to
   * install its files (a data package the author may not have installed).
   */
  public static Optional<DatasetSource> read(Path folder, Problems problems, boolean checkFiles) {
    String slug = folder.getFileName().toString();
    Path file = folder.resolve(FILE);
    String name = slug + "/" + FILE;
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      problems.error(name, 1, "cannot read: " + e.getMessage());
      return Optional.empty();
    }
    int before = problems.count();
    if (!LabSource.SLUG.matcher(slug).matches()) {
      problems.error(name, 1, "dataset folder name must be a slug like fashion-mnist");
    }
    Optional<YamlMap> parsed = YamlSource.parse(name, text, problems, YamlStyle.LAB);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    YamlMap y = parsed.get();
    y.rejectUnknown(FIELDS);
    String title = y.text("title").orElse(slug);
    String format = y.text("format").orElse("?");
    if (!DatasetSource.ROLES.containsKey(format)) {
      y.error("format", "'format' must be idx or csv");
    }
    String task = y.text("task").orElse("?");
    if (!task.equals("classification") && !task.equals("regression")) {
      y.error("task", "'task' must be classification or regression");
    }
    int numClasses =
        task.equals("classification") ? y.optionalInteger("numClasses", 2, 10_000).orElse(0) : 0;
    if (task.equals("classification") && !y.has("numClasses")) {
      y.error("numClasses", "missing 'numClasses'");
    }
    List<Integer> shape = shape(y);
    Path source = y.optionalText("source").map(folder::resolve).orElse(folder).normalize();
    String install = y.optionalText("install").orElse("");
    Map<String, String> files = files(y, format, checkFiles ? source : null, install, problems);
    YamlMap split = y.mapping("split").orElse(null);
    double fraction = split == null ? 0.3 : split.number("publicFraction", 0.01, 0.99).orElse(0.3);
    long seed = split == null ? 1 : split.optionalInteger("seed", 0, Integer.MAX_VALUE).orElse(1);
    // A smaller training set cut from the same files (a lab about overfitting); 0 keeps every row.
    int trainRows = y.optionalInteger("trainRows", 1, Integer.MAX_VALUE).orElse(0);
    if (problems.hasErrorsSince(before)) {
      return Optional.empty();
    }
    return Optional.of(
        new DatasetSource(
            slug,
            title,
            format,
            task,
            numClasses,
            shape,
            source,
            files,
            fraction,
            seed,
            install,
            trainRows,
            text));
  }

  private static List<Integer> shape(YamlMap y) {
    List<Integer> shape = new ArrayList<>();
    for (String s : y.textsOrOne("inputShape")) {
      try {
        shape.add(Integer.parseInt(s));
      } catch (NumberFormatException e) {
        y.error("inputShape", "'inputShape' must be a list of positive whole numbers");
        return List.of();
      }
    }
    if (shape.isEmpty() || shape.stream().anyMatch(i -> i < 1)) {
      y.error(
          "inputShape", "'inputShape' must be a list of positive whole numbers, like [1, 28, 28]");
    }
    return shape;
  }

  private static Map<String, String> files(
      YamlMap y, String format, Path checkIn, String install, Problems problems) {
    Map<String, String> files = new LinkedHashMap<>();
    Optional<YamlMap> mapping = y.mapping("files");
    if (mapping.isEmpty()) {
      y.error("files", "missing 'files'");
      return files;
    }
    List<String> roles = DatasetSource.ROLES.getOrDefault(format, List.of());
    mapping.get().rejectUnknown(Set.copyOf(roles.isEmpty() ? List.of("?") : roles));
    for (String role : roles) {
      mapping
          .get()
          .text(role)
          .ifPresent(
              f -> {
                if (!f.matches("[A-Za-z0-9._-]{1,200}") || f.startsWith(".")) {
                  mapping.get().error(role, "file names are plain names, got '" + f + "'");
                }
                files.put(role, f);
                if (checkIn != null && !Files.isRegularFile(checkIn.resolve(f))) {
                  missing(mapping.get(), role, checkIn.resolve(f), install, problems);
                }
              });
    }
    return files;
  }

  private static void missing(
      YamlMap files, String role, Path file, String install, Problems problems) {
    if (install.isBlank()) {
      files.error(role, "file " + file + " does not exist");
    } else {
      int before = problems.count();
      files.error(role, "file " + file + " is not on this machine (" + install.strip() + ")");
      problems.demoteSince(before);
    }
  }

  /** The dataset folders under {@code root}. */
  public static List<Path> folders(Path root) {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (var entries = Files.list(root)) {
      return entries
          .filter(p -> Files.isRegularFile(p.resolve(FILE)))
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
