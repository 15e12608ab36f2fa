package vn.hocsau.trainer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * A job folder as the runner prepares it (docs/training-jobs.md, section 2), filled with tiny
 * generated data: Gaussian blobs as CSV, or 8x8 bar images as IDX. Tests then run {@link Main}.
 */
final class JobFolder {

  static final ObjectMapper JSON = new ObjectMapper();

  final Path root;
  final Path job;
  final Path out;
  private final ObjectNode payload = JSON.createObjectNode();

  JobFolder(Path root) throws IOException {
    this.root = root;
    this.job = Files.createDirectories(root.resolve("job"));
    this.out = Files.createDirectories(root.resolve("out"));
    Files.createDirectories(job.resolve("submission"));
    payload.put("version", 1);
    payload.putObject("limits").put("maxEpochs", 20);
    payload.put("output", "probabilities");
  }

  /** Two-class Gaussian blobs in {@code features} dimensions, CSV with an id column. */
  JobFolder blobs(int train, int test, int features) throws IOException {
    Random random = new Random(7);
    writeBlobs(job.resolve("train.csv"), train, features, random, true);
    writeBlobs(job.resolve("test.csv"), test, features, random, false);
    ObjectNode dataset = dataset("csv", "classification", 2, features);
    file(dataset, "train-features", "train.csv");
    file(dataset, "test-features", "test.csv");
    return this;
  }

  /** Regression: y = 2*x0 - x1 + noise. */
  JobFolder line(int train, int test) throws IOException {
    Random random = new Random(11);
    StringBuilder csv = new StringBuilder("x0,x1,label\n");
    for (int i = 0; i < train; i++) {
      double x0 = random.nextGaussian();
      double x1 = random.nextGaussian();
      csv.append(x0)
          .append(',')
          .append(x1)
          .append(',')
          .append(2 * x0 - x1 + 0.05 * random.nextGaussian())
          .append('\n');
    }
    Files.writeString(job.resolve("train.csv"), csv);
    StringBuilder testCsv = new StringBuilder("id,x0,x1\n");
    for (int i = 0; i < test; i++) {
      testCsv
          .append("r")
          .append(i)
          .append(',')
          .append(random.nextGaussian())
          .append(',')
          .append(random.nextGaussian())
          .append('\n');
    }
    Files.writeString(job.resolve("test.csv"), testCsv);
    ObjectNode dataset = dataset("csv", "regression", 1, 2);
    file(dataset, "train-features", "train.csv");
    file(dataset, "test-features", "test.csv");
    payload.put("output", "values");
    return this;
  }

  /** Three classes of 8x8 images (a horizontal bar, a vertical bar, a diagonal) with noise. */
  JobFolder bars(int train, int test, boolean gzip) throws IOException {
    Random random = new Random(3);
    int[] labels = new int[train];
    byte[] images = barImages(train, random, labels);
    writeIdx(job.resolve("train-images"), new int[] {train, 8, 8}, images, gzip);
    byte[] labelBytes = new byte[train];
    for (int i = 0; i < train; i++) {
      labelBytes[i] = (byte) labels[i];
    }
    writeIdx(job.resolve("train-labels"), new int[] {train}, labelBytes, gzip);
    writeIdx(
        job.resolve("test-images"),
        new int[] {test, 8, 8},
        barImages(test, random, new int[test]),
        gzip);
    ObjectNode dataset = dataset("idx", "classification", 3, 1, 8, 8);
    file(dataset, "train-features", "train-images");
    file(dataset, "train-labels", "train-labels");
    file(dataset, "test-features", "test-images");
    return this;
  }

  JobFolder submission(String kind, String fileName, String text) throws IOException {
    ObjectNode submission = payload.putObject("submission");
    submission.put("id", 1);
    submission.put("kind", kind);
    submission.put("fileName", fileName);
    submission.put("text", text);
    Files.writeString(job.resolve("submission").resolve(fileName), text, StandardCharsets.UTF_8);
    return this;
  }

  JobFolder submissionBytes(String kind, String fileName, byte[] bytes) throws IOException {
    ObjectNode submission = payload.putObject("submission");
    submission.put("kind", kind);
    submission.put("fileName", fileName);
    Files.write(job.resolve("submission").resolve(fileName), bytes);
    return this;
  }

  JobFolder maxEpochs(int epochs) {
    ((ObjectNode) payload.get("limits")).put("maxEpochs", epochs);
    return this;
  }

  JobFolder output(String output) {
    payload.put("output", output);
    return this;
  }

  /** Writes job.json and runs the trainer; returns its exit status. */
  int run() throws IOException {
    writeJobJson();
    return Main.run(job, out);
  }

  /** As {@link #run()}, with the memory budget the runner passes as -Dhocsau.gc-at-bytes. */
  int runWithBudget(long memoryBudgetBytes) throws IOException {
    writeJobJson();
    return Main.run(job, out, memoryBudgetBytes);
  }

  void writeJobJson() throws IOException {
    JSON.writeValue(job.resolve("job.json").toFile(), payload);
  }

  List<JsonNode> events() throws IOException {
    List<JsonNode> events = new ArrayList<>();
    for (String line : Files.readAllLines(out.resolve("events.jsonl"))) {
      events.add(JSON.readTree(line));
    }
    return events;
  }

  List<JsonNode> events(String type) throws IOException {
    return events().stream().filter(e -> e.path("type").asText().equals(type)).toList();
  }

  JsonNode verdict() throws IOException {
    return JSON.readTree(out.resolve("verdict.json").toFile());
  }

  List<String> predictions() throws IOException {
    return Files.readAllLines(out.resolve("predictions.csv"));
  }

  private ObjectNode dataset(String format, String task, int numClasses, int... shape) {
    ObjectNode dataset = payload.putObject("dataset");
    dataset.put("slug", "test");
    dataset.put("format", format);
    dataset.put("task", task);
    dataset.put("numClasses", numClasses);
    ArrayNode inputShape = dataset.putArray("inputShape");
    for (int s : shape) {
      inputShape.add(s);
    }
    dataset.putArray("files");
    return dataset;
  }

  private void file(ObjectNode dataset, String role, String name) {
    ObjectNode file = ((ArrayNode) dataset.get("files")).addObject();
    file.put("role", role);
    file.put("name", name);
    file.put("path", job.resolve(name).toString());
  }

  private static void writeBlobs(Path file, int n, int features, Random random, boolean labels)
      throws IOException {
    StringBuilder csv = new StringBuilder("id");
    for (int f = 0; f < features; f++) {
      csv.append(",f").append(f);
    }
    csv.append(labels ? ",label\n" : "\n");
    for (int i = 0; i < n; i++) {
      int label = random.nextInt(2);
      csv.append(labels ? "t" : "q").append(i);
      for (int f = 0; f < features; f++) {
        csv.append(',').append((label == 0 ? -1.5 : 1.5) + random.nextGaussian());
      }
      csv.append(labels ? "," + label + "\n" : "\n");
    }
    Files.writeString(file, csv);
  }

  static byte[] barImages(int n, Random random, int[] labels) {
    byte[] bytes = new byte[n * 64];
    for (int i = 0; i < n; i++) {
      int label = random.nextInt(3);
      labels[i] = label;
      int at = 1 + random.nextInt(6);
      for (int y = 0; y < 8; y++) {
        for (int x = 0; x < 8; x++) {
          boolean on =
              switch (label) {
                case 0 -> y == at;
                case 1 -> x == at;
                default -> x == y;
              };
          int value = on ? 200 + random.nextInt(56) : random.nextInt(60);
          bytes[i * 64 + y * 8 + x] = (byte) value;
        }
      }
    }
    return bytes;
  }

  static void writeIdx(Path file, int[] dims, byte[] data, boolean gzip) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(0x0800 | dims.length);
      for (int d : dims) {
        out.writeInt(d);
      }
      out.write(data);
    }
    try (OutputStream out =
        gzip ? new GZIPOutputStream(Files.newOutputStream(file)) : Files.newOutputStream(file)) {
      out.write(bytes.toByteArray());
    }
  }
}
