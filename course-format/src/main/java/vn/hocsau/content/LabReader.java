package vn.hocsau.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import vn.hocsau.grading.Metric;
import vn.hocsau.grading.PredictionFormat;
import vn.hocsau.system.Sha256;

/**
 * Reads and validates {@code labs/<slug>/lab.yaml} with its texts ({@code lab.vi.md}, {@code
 * lab.en.md}) and optional baseline file. Every problem is {@code file:line: message}, the file
 * relative to the courses folder.
 */
public final class LabReader {

  public static final String FILE = "lab.yaml";
  public static final long MAX_BASELINE = 8L << 20;

  private static final Set<String> FIELDS =
      Set.of(
          "kind",
          "title",
          "dataset",
          "metric",
          "output",
          "passMark",
          "submissions",
          "limits",
          "dailyLimit",
          "maxFinalSelections",
          "timeZone",
          "startsAt",
          "deadline",
          "revealAt",
          "leaderboard",
          "baseline");

  private LabReader() {}

  /** The lab folders of a course folder. */
  public static List<Path> folders(Path courseDir) {
    Path labs = courseDir.resolve("labs");
    return Files.isDirectory(labs) ? CourseReader.folders(labs) : List.of();
  }

  /**
   * The lab in {@code folder}; {@code name} is how its yaml is named in problems, e.g. {@code
   * nhap-mon/labs/diem/lab.yaml}.
   */
  public static Optional<LabSource> read(Path folder, String name, Problems problems) {
    return read(folder, name, problems, null);
  }

  /**
   * Like {@link #read(Path, String, Problems)}, and when {@code datasets} is given, also checks the
   * lab against the dataset it names: that it exists and that its task suits the metric.
   */
  public static Optional<LabSource> read(
      Path folder, String name, Problems problems, Map<String, DatasetSource> datasets) {
    String slug = folder.getFileName().toString();
    Path file = folder.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      problems.error(name, 1, "missing lab.yaml");
      return Optional.empty();
    }
    int before = problems.count();
    if (!LabSource.SLUG.matcher(slug).matches() || slug.length() > 80) {
      problems.error(name, 1, "lab folder name must be a slug like phan-loai-diem");
    }
    String yaml = readText(file);
    Optional<YamlMap> parsed = YamlSource.parse(name, yaml, problems, YamlStyle.LAB);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    YamlMap y = parsed.get();
    y.rejectUnknown(FIELDS);
    String kind = y.text("kind").orElse("lab");
    if (!kind.equals("lab") && !kind.equals("competition")) {
      y.error("kind", "'kind' must be lab or competition, got '" + kind + "'");
    }
    String titleVi = null;
    String titleEn = null;
    Optional<YamlMap> title = y.mapping("title");
    if (title.isEmpty()) {
      y.error("title", "missing 'title' (with vi and/or en)");
    } else {
      title.get().rejectUnknown(Set.of("vi", "en"));
      titleVi = title.get().optionalText("vi").orElse(null);
      titleEn = title.get().optionalText("en").orElse(null);
      if (titleVi == null && titleEn == null) {
        y.error("title", "'title' needs vi or en");
      }
    }
    String dataset = y.text("dataset").orElse("?");
    if (!LabSource.SLUG.matcher(dataset).matches()) {
      y.error("dataset", "'dataset' must be a dataset slug, got '" + dataset + "'");
    }
    Metric metric = metric(y);
    if (datasets != null && LabSource.SLUG.matcher(dataset).matches()) {
      DatasetSource found = datasets.get(dataset);
      if (found == null) {
        y.error("dataset", "no dataset '" + dataset + "'; known: " + datasets.keySet());
      } else if (found.classification() != metric.classification()) {
        y.error(
            "metric",
            "the metric "
                + metric.key()
                + " does not suit the "
                + found.task()
                + " dataset '"
                + dataset
                + "'");
      }
    }
    PredictionFormat output = output(y, metric);
    if (!metric.accepts(output)) {
      y.error(
          "output",
          "'output' "
              + output.name().toLowerCase(Locale.ROOT)
              + " cannot be scored with "
              + metric.key()
              + "; use "
              + LabSource.defaultOutput(metric).name().toLowerCase(Locale.ROOT));
    }
    Double passMark = y.number("passMark").orElse(null);
    if (passMark != null && !metric.inRange(passMark)) {
      y.error(
          "passMark",
          "'passMark' "
              + passMark
              + " can never be a "
              + metric.key()
              + " score: "
              + (metric.higherIsBetter() ? "it lies between 0 and 1" : "it is at least 0"));
    }
    List<SubmissionKind> kinds = kinds(y);
    Optional<YamlMap> limits = y.mapping("limits");
    limits.ifPresent(l -> l.rejectUnknown(Set.of("wallSeconds", "memoryMb", "maxEpochs")));
    int wall = limits.flatMap(l -> l.optionalInteger("wallSeconds", 10, 86_400)).orElse(600);
    int memory = limits.flatMap(l -> l.optionalInteger("memoryMb", 128, 262_144)).orElse(2048);
    int epochs = limits.flatMap(l -> l.optionalInteger("maxEpochs", 1, 10_000)).orElse(20);
    int daily = y.optionalInteger("dailyLimit", 1, 1000).orElse(5);
    int finals = y.optionalInteger("maxFinalSelections", 1, 100).orElse(2);
    String zone = zone(y);
    Instant starts = instant(y, "startsAt");
    Instant deadline = instant(y, "deadline");
    Instant reveal = instant(y, "revealAt");
    checkTimes(y, kind, starts, deadline, reveal);
    boolean board = y.optionalBool("leaderboard").orElse(kind.equals("competition"));
    byte[] baseline = y.optionalText("baseline").map(b -> baseline(y, folder, b)).orElse(null);
    String textVi = optionalText(folder.resolve("lab.vi.md"));
    String textEn = optionalText(folder.resolve("lab.en.md"));
    if (textVi == null && textEn == null) {
      problems.error(name, 1, "missing the lab text: lab.vi.md and/or lab.en.md");
    }
    List<LabDownloads.Download> downloads =
        LabDownloads.read(folder, name.substring(0, name.length() - FILE.length()), problems);
    if (problems.count() > before) {
      return Optional.empty();
    }
    String hash =
        Sha256.hex(
            yaml
                + "\u0000"
                + textVi
                + "\u0000"
                + textEn
                + "\u0000"
                + (baseline == null ? "" : Sha256.hex(baseline))
                + LabDownloads.hashPart(downloads));
    return Optional.of(
        new LabSource(
            slug, kind, titleVi, titleEn, textVi, textEn, dataset, metric, output, passMark, kinds,
            wall, memory, epochs, daily, finals, zone, starts, deadline, reveal, board, baseline,
            downloads, hash));
  }

  private static Metric metric(YamlMap y) {
    String key = y.text("metric").orElse(null);
    if (key == null) {
      return Metric.ACCURACY;
    }
    return Metric.fromKey(key)
        .orElseGet(
            () -> {
              y.error(
                  "metric",
                  "unknown metric '"
                      + key
                      + "'; known: "
                      + Stream.of(Metric.values()).map(Metric::key).toList());
              return Metric.ACCURACY;
            });
  }

  private static PredictionFormat output(YamlMap y, Metric metric) {
    return y.optionalText("output")
        .map(
            o -> {
              try {
                return PredictionFormat.valueOf(o.toUpperCase(Locale.ROOT));
              } catch (IllegalArgumentException e) {
                y.error("output", "'output' must be labels, probabilities or values");
                return LabSource.defaultOutput(metric);
              }
            })
        .orElse(LabSource.defaultOutput(metric));
  }

  private static List<SubmissionKind> kinds(YamlMap y) {
    List<String> keys =
        y.has("submissions")
            ? y.textsOrOne("submissions")
            : List.of(SubmissionKind.PREDICTIONS.key());
    List<SubmissionKind> kinds = new ArrayList<>();
    for (String key : keys) {
      SubmissionKind.fromKey(key)
          .ifPresentOrElse(
              kinds::add,
              () ->
                  y.error(
                      "submissions",
                      "unknown submission kind '" + key + "'; known: " + SubmissionKind.keys()));
    }
    if (keys.isEmpty()) {
      y.error("submissions", "'submissions' needs at least one kind");
    }
    return kinds.stream().distinct().toList();
  }

  private static String zone(YamlMap y) {
    String zone = y.optionalText("timeZone").orElse("Asia/Ho_Chi_Minh");
    try {
      ZoneId.of(zone);
    } catch (DateTimeException e) {
      y.error("timeZone", "unknown time zone '" + zone + "'");
    }
    return zone;
  }

  private static Instant instant(YamlMap y, String field) {
    return y.optionalText(field)
        .map(
            t -> {
              try {
                return OffsetDateTime.parse(t).toInstant();
              } catch (DateTimeException e) {
                y.error(field, "'" + field + "' must be a time like 2026-12-01T23:59:00+07:00");
                return null;
              }
            })
        .orElse(null);
  }

  private static void checkTimes(
      YamlMap y, String kind, Instant starts, Instant deadline, Instant reveal) {
    if (kind.equals("competition") && deadline == null && !y.has("deadline")) {
      y.error("kind", "a competition needs a 'deadline'");
    }
    if (starts != null && deadline != null && !starts.isBefore(deadline)) {
      y.error("deadline", "'deadline' must be after 'startsAt'");
    }
    if (reveal != null && deadline != null && reveal.isBefore(deadline)) {
      y.error("revealAt", "'revealAt' must not be before 'deadline'");
    }
  }

  private static byte[] baseline(YamlMap y, Path folder, String name) {
    Path file = folder.resolve(name).normalize();
    try {
      if (!name.matches("[A-Za-z0-9._-]{1,64}")
          || !file.startsWith(folder)
          || !Files.isRegularFile(file)
          || Files.size(file) > MAX_BASELINE) {
        y.error("baseline", "baseline file '" + name + "' is not a file of the lab folder");
        return null;
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      y.error("baseline", "cannot read baseline '" + name + "'");
      return null;
    }
  }

  private static String readText(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String optionalText(Path file) {
    return Files.isRegularFile(file) ? readText(file) : null;
  }
}
