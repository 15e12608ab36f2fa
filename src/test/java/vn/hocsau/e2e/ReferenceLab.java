package vn.hocsau.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/**
 * A lab folder with a reference solution: {@code labs/<slug>/reference/} holds exactly one
 * submission file, whose name tells its kind (the names the platform gives each kind: {@code
 * Model.java}, {@code network.yaml}/{@code .json}, {@code model.json}, {@code model.zip}), and
 * {@code expected.yaml} with what {@code bin/train-references} measured on the full data.
 *
 * @param folder the lab folder
 * @param file the reference submission
 * @param kind its submission kind
 */
public record ReferenceLab(Path folder, Path file, String kind) {

  /** Three times chance on ten classes: a network that learned nothing stays near 0.1. */
  static final double SANE_SCORE = 0.3;

  /** Below uniform guessing over ten classes (ln 10 = 2.303) for a log-loss lab. */
  static final double SANE_LOG_LOSS = 2.0;

  private static final Map<String, String> KINDS =
      Map.of(
          "Model.java", "java",
          "network.yaml", "config",
          "network.yml", "config",
          "network.json", "config",
          "model.json", "dl4j-json",
          "model.zip", "dl4j-zip");

  /** The labs of {@code course} that have a {@code reference/} folder, by slug. */
  public static List<ReferenceLab> of(Path course) throws IOException {
    List<ReferenceLab> labs = new ArrayList<>();
    try (Stream<Path> folders = Files.list(course.resolve("labs"))) {
      for (Path folder : folders.sorted().toList()) {
        if (Files.isDirectory(folder.resolve("reference"))) {
          Path file = submissionFile(folder.resolve("reference"));
          String kind = KINDS.get(file.getFileName().toString());
          if (kind == null) {
            throw new IllegalStateException(
                file + ": a reference is named after its kind, one of " + KINDS.keySet());
          }
          labs.add(new ReferenceLab(folder, file, kind));
        }
      }
    }
    return labs;
  }

  private static Path submissionFile(Path reference) throws IOException {
    try (Stream<Path> files = Files.list(reference)) {
      List<Path> found = files.filter(f -> !f.endsWith("expected.yaml")).toList();
      if (found.size() != 1) {
        throw new IllegalStateException(
            reference + " must hold one submission file besides expected.yaml, found " + found);
      }
      return found.get(0);
    }
  }

  /** Whether the lab's metric is better when lower (log loss, errors). */
  boolean lowerIsBetter() throws IOException {
    return List.of("logloss", "rmse", "mae").contains(String.valueOf(labYaml().get("metric")));
  }

  /** The lab's slug: its folder name. */
  public String slug() {
    return folder.getFileName().toString();
  }

  /**
   * The score that shows a short run on a small cut of the data learned something: {@link
   * #SANE_SCORE} or, for a lower-is-better metric, {@link #SANE_LOG_LOSS}.
   */
  double saneMark() throws IOException {
    return lowerIsBetter() ? SANE_LOG_LOSS : SANE_SCORE;
  }

  /** The lab's yaml, parsed. */
  Map<String, Object> labYaml() throws IOException {
    return new Yaml().load(Files.readString(folder.resolve("lab.yaml"), StandardCharsets.UTF_8));
  }

  /** {@code reference/expected.yaml}, parsed ({@code fullDataScore}, {@code minutes}). */
  Map<String, Object> expected() throws IOException {
    Path file = folder.resolve("reference").resolve("expected.yaml");
    return Files.isRegularFile(file)
        ? new Yaml().load(Files.readString(file, StandardCharsets.UTF_8))
        : Map.of();
  }

  /**
   * Copies the lab into {@code labs} of another course with its yaml changed for a quick run: the
   * top-level {@code dataset} and {@code limits} replaced by the given lines, no {@code baseline}
   * (it is scored against the lab's real test set) and no {@code startsAt} (a competition that
   * opens later takes submissions in the test now). Everything else is the file's own.
   */
  void copyForTest(Path labs, String dataset, String limits) throws IOException {
    copyForTest(labs, dataset, limits, null);
  }

  /**
   * {@link #copyForTest(Path, String, String)}, and a lab with a pass mark gets {@code passMark}
   * instead when it is not null (the real pass marks are for the full data).
   */
  void copyForTest(Path labs, String dataset, String limits, Double passMark) throws IOException {
    Path to = Files.createDirectories(labs.resolve(slug()));
    String yaml = Files.readString(folder.resolve("lab.yaml"), StandardCharsets.UTF_8);
    for (String key : List.of("dataset", "limits", "baseline", "startsAt")) {
      yaml = withoutTopLevel(yaml, key);
    }
    if (passMark != null && labYaml().containsKey("passMark")) {
      yaml = withoutTopLevel(yaml, "passMark") + "passMark: " + passMark + "\n";
    }
    Files.writeString(
        to.resolve("lab.yaml"), yaml + "dataset: " + dataset + "\nlimits: " + limits + "\n");
    for (String text : List.of("lab.vi.md", "lab.en.md")) {
      if (Files.isRegularFile(folder.resolve(text))) {
        Files.copy(folder.resolve(text), to.resolve(text));
      }
    }
  }

  /** {@code yaml} without the top-level {@code key} and the indented lines of its value. */
  static String withoutTopLevel(String yaml, String key) {
    StringBuilder kept = new StringBuilder();
    boolean skipping = false;
    for (String line : yaml.split("\n", -1)) {
      // A comment at the margin does not end a value; any other unindented line does.
      if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && line.charAt(0) != '#') {
        skipping = line.startsWith(key + ":");
      }
      if (!skipping) {
        kept.append(line).append('\n');
      }
    }
    return kept.toString().stripTrailing() + "\n";
  }
}
