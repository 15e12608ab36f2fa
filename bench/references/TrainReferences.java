import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.yaml.snakeyaml.Yaml;

/**
 * Trains every reference solution of a course ({@code labs/<slug>/reference/}) on its lab's full
 * dataset with the trainer (the same {@code vn.hocsau.trainer.Main} a runner starts in its sandbox,
 * here as a plain child process with the runner's memory and thread flags), scores the predictions
 * against the test labels and prints one table row per lab. Run it with {@code
 * bin/train-references} (README.md, "Reference solutions").
 */
public final class TrainReferences {

  static final ObjectMapper JSON = new ObjectMapper();
  static final Map<String, String> KINDS =
      Map.of(
          "network.yaml", "config",
          "network.yml", "config",
          "network.json", "config",
          "model.json", "dl4j-json",
          "model.zip", "dl4j-zip");

  /** One finished reference run, one row of the table. */
  record Row(
      String lab,
      String kind,
      String epochs,
      double seconds,
      double cpuSeconds,
      String score,
      Double passMark,
      String passed,
      String expected) {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(System.getProperty("hocsau.root", "."));
    Path course = root.resolve("courses").resolve(System.getProperty("course", "deep-learning-a-z"));
    Path lib = root.resolve("gpu-runner/trainer/target/trainer-dist/lib");
    int cpus = Integer.getInteger("cpus", 2);
    Set<String> only = Set.of(args);
    List<Row> rows = new ArrayList<>();
    for (Path lab : labsWithReference(course)) {
      String slug = lab.getFileName().toString();
      if (only.isEmpty() || only.contains(slug)) {
        rows.add(new ReferenceRun(root, lab, lib, cpus).run());
      }
    }
    print(rows, cpus);
    System.exit(rows.stream().allMatch(r -> r.passed().equals("yes")) ? 0 : 1);
  }

  static List<Path> labsWithReference(Path course) throws IOException {
    try (Stream<Path> labs = Files.list(course.resolve("labs"))) {
      return labs.filter(l -> Files.isDirectory(l.resolve("reference"))).sorted().toList();
    }
  }

  /** The reference folder's one submission file (besides {@code expected.yaml}). */
  static Path submissionFile(Path lab) throws IOException {
    try (Stream<Path> files = Files.list(lab.resolve("reference"))) {
      List<Path> found =
          files.filter(f -> !f.getFileName().toString().equals("expected.yaml")).toList();
      if (found.size() != 1) {
        throw new IllegalStateException(
            lab + "/reference must hold exactly one submission file besides expected.yaml: "
                + found);
      }
      return found.get(0);
    }
  }

  /** The submission kind a reference file's name tells (docs: courses/README.md). */
  static String kindOf(Path file) {
    String name = file.getFileName().toString();
    if (name.endsWith(".java")) {
      return "java";
    }
    String kind = KINDS.get(name);
    if (kind == null) {
      throw new IllegalStateException(
          file + ": a reference is Model.java, network.yaml, network.json, model.json or model.zip");
    }
    return kind;
  }

  static void print(List<Row> rows, int cpus) {
    System.out.printf(
        "%n| lab | kind | epochs | wall time | CPU time | test score | pass mark | passed? |"
            + " expected |%n");
    System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    for (Row r : rows) {
      System.out.printf(
          Locale.ROOT,
          "| %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
          r.lab(),
          r.kind(),
          r.epochs(),
          minutes(r.seconds()),
          minutes(r.cpuSeconds()),
          r.score(),
          r.passMark() == null ? "-" : r.passMark(),
          r.passed(),
          r.expected());
    }
    System.out.printf(
        "%nTrainer with %d CPU(s); score on the whole test set (the platform's pass mark is"
            + " compared with the public part).%n",
        cpus);
  }

  static String minutes(double seconds) {
    return String.format(Locale.ROOT, "%dm %02ds", (long) seconds / 60, (long) seconds % 60);
  }

  /** One lab's reference: job folder, trainer process, score. */
  static final class ReferenceRun {
    private final Path root;
    private final Path lab;
    private final Path lib;
    private final int cpus;
    private final Map<String, Object> labYaml;
    private double cpuSeconds;

    ReferenceRun(Path root, Path lab, Path lib, int cpus) throws IOException {
      this.root = root;
      this.lab = lab;
      this.lib = lib;
      this.cpus = cpus;
      this.labYaml = yaml(lab.resolve("lab.yaml"));
    }

    Row run() throws Exception {
      String slug = lab.getFileName().toString();
      Path file = submissionFile(lab);
      String kind = kindOf(file);
      Map<String, Object> dataset = dataset();
      Path work = Files.createTempDirectory("reference-" + slug + "-");
      Path job = Files.createDirectories(work.resolve("job"));
      Path out = Files.createDirectories(work.resolve("out"));
      Files.createDirectories(job.resolve("submission"));
      Files.copy(file, job.resolve("submission").resolve(file.getFileName()));
      Files.writeString(job.resolve("job.json"), jobJson(kind, file, dataset));
      System.err.printf("== %s (%s): training on the full data in %s%n", slug, kind, work);
      long start = System.nanoTime();
      String verdict = train(job, out);
      double seconds = (System.nanoTime() - start) / 1e9;
      String epochs = trainedEpochs(out.resolve("events.jsonl"));
      Double passMark = number(labYaml.get("passMark"));
      String metric = String.valueOf(labYaml.getOrDefault("metric", "accuracy"));
      if (!verdict.equals("OK")) {
        return new Row(
            slug, kind, epochs, seconds, cpuSeconds, verdict, passMark, "no", expected());
      }
      double score = Scoring.score(metric, out.resolve("predictions.csv"), testLabels(dataset));
      // Both supported metrics are "higher is better".
      boolean passed = passMark == null || score >= passMark;
      return new Row(
          slug,
          kind,
          epochs,
          seconds,
          cpuSeconds,
          String.format(Locale.ROOT, "%s %.4f", metric, score),
          passMark,
          passed ? "yes" : "no",
          expected());
    }

    private Map<String, Object> dataset() throws IOException {
      String slug = String.valueOf(labYaml.get("dataset"));
      return yaml(root.resolve("datasets").resolve(slug).resolve("dataset.yaml"));
    }

    private Path datasetFile(Map<String, Object> dataset, String role) {
      String slug = String.valueOf(labYaml.get("dataset"));
      Path folder = root.resolve("datasets").resolve(slug);
      Path source = folder.resolve(String.valueOf(dataset.getOrDefault("source", ".")));
      @SuppressWarnings("unchecked")
      Map<String, Object> files = (Map<String, Object>) dataset.get("files");
      Path path = source.resolve(String.valueOf(files.get(role)));
      if (!Files.isRegularFile(path)) {
        throw new IllegalStateException(
            path + " is missing: " + dataset.getOrDefault("install", "install the dataset"));
      }
      return path.toAbsolutePath();
    }

    /** The payload of docs/training-jobs.md, with each file's host path. */
    private String jobJson(String kind, Path file, Map<String, Object> dataset)
        throws IOException {
      if (!"idx".equals(dataset.get("format"))) {
        throw new IllegalStateException("only idx datasets are supported by this command");
      }
      ObjectNode root = JSON.createObjectNode().put("version", 1);
      root.putObject("submission")
          .put("id", 1)
          .put("kind", kind)
          .put("fileName", file.getFileName().toString());
      ObjectNode ds = root.putObject("dataset");
      ds.put("format", "idx").put("task", String.valueOf(dataset.get("task")));
      ds.put("numClasses", ((Number) dataset.get("numClasses")).intValue());
      ArrayNode shape = ds.putArray("inputShape");
      ((List<?>) dataset.get("inputShape")).forEach(d -> shape.add(((Number) d).intValue()));
      ArrayNode files = ds.putArray("files");
      for (String role : List.of("train-features", "train-labels", "test-features")) {
        files.addObject().put("role", role).put("path", datasetFile(dataset, role).toString());
      }
      root.putObject("limits").put("maxEpochs", limit("maxEpochs", 20));
      root.put("output", String.valueOf(labYaml.getOrDefault("output", "labels")));
      return JSON.writeValueAsString(root);
    }

    private int limit(String key, int fallback) {
      Object limits = labYaml.get("limits");
      Object value = limits instanceof Map<?, ?> m ? m.get(key) : null;
      return value instanceof Number n ? n.intValue() : fallback;
    }

    /** Runs the trainer as a runner would, within the lab's wall time; returns the verdict. */
    private String train(Path job, Path out) throws IOException, InterruptedException {
      long memoryMb = limit("memoryMb", 2048);
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      List<String> command =
          List.of(
              java,
              "-Xmx" + memoryMb / 2 + "m",
              "-XX:MaxDirectMemorySize=" + memoryMb / 4 + "m",
              "-Dorg.bytedeco.javacpp.maxbytes=" + (memoryMb / 4 << 20),
              "-Dorg.bytedeco.javacpp.maxphysicalbytes=0",
              "-Dhocsau.gc-at-bytes=" + (memoryMb * 8 / 10 << 20),
              "-XX:ActiveProcessorCount=" + cpus,
              "-Dhocsau.threads=" + cpus,
              "-XX:+ExitOnOutOfMemoryError",
              "-Dfile.encoding=UTF-8",
              "-cp",
              lib.toAbsolutePath() + "/*",
              "vn.hocsau.trainer.Main",
              job.toString(),
              out.toString());
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      builder.redirectOutput(out.getParent().resolve("trainer.log").toFile());
      builder.environment().put("OMP_NUM_THREADS", Integer.toString(cpus));
      Process trainer = builder.start();
      Progress progress = new Progress(out.resolve("events.jsonl"));
      // -Dwall-seconds overrides the lab's wall time, for a machine busy with other work.
      long wall = Long.getLong("wall-seconds", limit("wallSeconds", 600));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(wall);
      while (!trainer.waitFor(1, TimeUnit.SECONDS)) {
        // The CPU time the trainer used so far (its last second is lost at exit): unlike the wall
        // time, it hardly depends on what else the machine runs.
        trainer
            .toHandle()
            .info()
            .totalCpuDuration()
            .ifPresent(cpu -> cpuSeconds = cpu.toMillis() / 1000.0);
        progress.print();
        if (System.nanoTime() > deadline) {
          trainer.destroyForcibly().waitFor();
          return "TIME_LIMIT";
        }
      }
      progress.print();
      int status = trainer.exitValue();
      if (status != 0 || !Files.isRegularFile(out.resolve("predictions.csv"))) {
        System.err.println(Files.readString(out.getParent().resolve("trainer.log")));
        return "exit " + status;
      }
      return "OK";
    }

    private List<Integer> testLabels(Map<String, Object> dataset) throws IOException {
      return Scoring.idxLabels(datasetFile(dataset, "test-labels"));
    }

    private String expected() throws IOException {
      Path file = lab.resolve("reference").resolve("expected.yaml");
      if (!Files.isRegularFile(file)) {
        return "-";
      }
      Map<String, Object> expected = yaml(file);
      return expected.get("fullDataScore") + " in " + expected.get("minutes") + " min";
    }
  }

  /** Prints each epoch event of the trainer as it is written. */
  static final class Progress {
    private final Path events;
    private int seen;

    Progress(Path events) {
      this.events = events;
    }

    void print() throws IOException {
      if (!Files.exists(events)) {
        return;
      }
      List<String> lines = Files.readAllLines(events, StandardCharsets.UTF_8);
      for (; seen < lines.size(); seen++) {
        String line = lines.get(seen);
        if (line.endsWith("}")) {
          System.err.println("   " + line);
        } else {
          break;
        }
      }
    }
  }

  static String trainedEpochs(Path events) throws IOException {
    if (!Files.exists(events)) {
      return "-";
    }
    String epochs = "-";
    for (String line : Files.readAllLines(events, StandardCharsets.UTF_8)) {
      var node = JSON.readTree(line);
      if (node.path("type").asText().equals("epoch")) {
        epochs = node.path("epoch").asText();
      }
    }
    return epochs;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> yaml(Path file) throws IOException {
    return (Map<String, Object>) new Yaml().load(Files.readString(file, StandardCharsets.UTF_8));
  }

  static Double number(Object value) {
    return value instanceof Number n ? n.doubleValue() : null;
  }

  /** Accuracy and macro-F1 of a predictions file against the test labels, row ids 0..n-1. */
  static final class Scoring {
    private Scoring() {}

    static double score(String metric, Path predictions, List<Integer> labels) throws IOException {
      Map<Integer, Integer> predicted = predictedClasses(predictions);
      if (!predicted.keySet().equals(new java.util.HashSet<>(rowIds(labels.size())))) {
        throw new IllegalStateException("predictions.csv does not cover every test row once");
      }
      return switch (metric) {
        case "accuracy" -> accuracy(predicted, labels);
        case "macro-f1" -> macroF1(predicted, labels);
        default -> throw new IllegalStateException("metric " + metric + " is not supported here");
      };
    }

    private static List<Integer> rowIds(int n) {
      return java.util.stream.IntStream.range(0, n).boxed().toList();
    }

    /** Class per id: the label column, or the most probable class of a probabilities row. */
    static Map<Integer, Integer> predictedClasses(Path csv) throws IOException {
      Map<Integer, Integer> predicted = new HashMap<>();
      List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
      for (String line : lines.subList(1, lines.size())) {
        String[] cells = line.trim().split(",");
        int best = 1;
        for (int c = 2; c < cells.length; c++) {
          if (Double.parseDouble(cells[c]) > Double.parseDouble(cells[best])) {
            best = c;
          }
        }
        int label = cells.length == 2 ? (int) Double.parseDouble(cells[1]) : best - 1;
        if (predicted.put(Integer.parseInt(cells[0]), label) != null) {
          throw new IllegalStateException("predictions.csv repeats id " + cells[0]);
        }
      }
      return predicted;
    }

    static double accuracy(Map<Integer, Integer> predicted, List<Integer> labels) {
      long right = 0;
      for (int i = 0; i < labels.size(); i++) {
        right += labels.get(i).equals(predicted.get(i)) ? 1 : 0;
      }
      return (double) right / labels.size();
    }

    static double macroF1(Map<Integer, Integer> predicted, List<Integer> labels) {
      int classes = labels.stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
      double sum = 0;
      for (int k = 0; k < classes; k++) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (int i = 0; i < labels.size(); i++) {
          boolean isK = labels.get(i) == k;
          boolean saidK = predicted.get(i) == k;
          tp += isK && saidK ? 1 : 0;
          fp += !isK && saidK ? 1 : 0;
          fn += isK && !saidK ? 1 : 0;
        }
        sum += tp == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
      }
      return sum / classes;
    }

    /** The labels of an IDX label file (magic 0x00000801), gzipped or not. */
    static List<Integer> idxLabels(Path file) throws IOException {
      try (DataInputStream in = new DataInputStream(maybeGunzip(Files.newInputStream(file)))) {
        if (in.readInt() != 0x801) {
          throw new IOException(file + " is not an IDX label file");
        }
        int n = in.readInt();
        List<Integer> labels = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          labels.add(in.readUnsignedByte());
        }
        return labels;
      }
    }

    private static InputStream maybeGunzip(InputStream raw) throws IOException {
      PushbackInputStream in = new PushbackInputStream(raw, 2);
      byte[] magic = in.readNBytes(2);
      in.unread(magic);
      return magic.length == 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b
          ? new GZIPInputStream(in)
          : in;
    }
  }
}
