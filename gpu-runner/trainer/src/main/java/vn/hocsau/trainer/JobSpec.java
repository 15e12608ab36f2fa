package vn.hocsau.trainer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.hocsau.trainer.config.SafeTree;

/**
 * The parts of {@code /job/job.json} the trainer uses (docs/training-jobs.md, section 1). The
 * runner wrote it, but it carries learner-chosen values (file name, kind), so it is validated like
 * any input.
 *
 * @param kind {@code config}, {@code java}, {@code dl4j-json} or {@code dl4j-zip}
 * @param submission the submission file inside {@code /job/submission}
 * @param format {@code idx} or {@code csv}
 * @param task {@code classification} or {@code regression}
 * @param numClasses classes for classification, 1 for regression
 * @param inputShape {@code [c, h, w]} or {@code [features]}
 * @param files data file path by role
 * @param maxEpochs the lab's cap on epochs
 * @param output {@code probabilities}, {@code labels} or {@code values}
 */
public record JobSpec(
    String kind,
    Path submission,
    String format,
    String task,
    int numClasses,
    int[] inputShape,
    Map<String, Path> files,
    int maxEpochs,
    String output) {

  private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,63}");
  private static final List<String> KINDS = List.of("config", "java", "dl4j-json", "dl4j-zip");
  private static final List<String> ROLES =
      List.of("train-features", "train-labels", "test-features");

  /** Reads and checks {@code <jobDir>/job.json}. */
  public static JobSpec read(Path jobDir) throws IOException {
    String text = Files.readString(jobDir.resolve("job.json"), StandardCharsets.UTF_8);
    JsonNode root = SafeTree.json(text, "job.json");
    JsonNode submission = root.path("submission");
    String kind = oneOf(submission.path("kind").asText(), KINDS, "submission.kind");
    String fileName = submission.path("fileName").asText();
    if (!FILE_NAME.matcher(fileName).matches()) {
      throw TrainerException.config("submission.fileName is not a plain file name: " + fileName);
    }
    JsonNode dataset = root.path("dataset");
    String task =
        oneOf(dataset.path("task").asText(), List.of("classification", "regression"), "task");
    int numClasses = task.equals("regression") ? 1 : dataset.path("numClasses").asInt(0);
    if (numClasses < 1 || numClasses > 100_000) {
      throw TrainerException.config("dataset.numClasses must be 1 or more, got " + numClasses);
    }
    String defaultOutput = task.equals("regression") ? "values" : "probabilities";
    return new JobSpec(
        kind,
        jobDir.resolve("submission").resolve(fileName),
        oneOf(dataset.path("format").asText(), List.of("idx", "csv"), "dataset.format"),
        task,
        numClasses,
        inputShape(dataset.path("inputShape")),
        files(jobDir, dataset.path("files")),
        Math.max(1, root.path("limits").path("maxEpochs").asInt(100)),
        oneOf(
            root.path("output").asText(defaultOutput),
            List.of("probabilities", "labels", "values"),
            "output"));
  }

  public boolean classification() {
    return task.equals("classification");
  }

  /** The number of input values per example. */
  public int inputSize() {
    int size = 1;
    for (int dimension : inputShape) {
      size *= dimension;
    }
    return size;
  }

  /** The data file for {@code role}, or a {@code CONFIG_ERROR} if the job lacks it. */
  public Path file(String role) {
    Path path = files.get(role);
    if (path == null) {
      throw TrainerException.config("the job has no '" + role + "' file");
    }
    return path;
  }

  private static int[] inputShape(JsonNode node) {
    if (!node.isArray() || (node.size() != 1 && node.size() != 3)) {
      throw TrainerException.config("dataset.inputShape must be [features] or [c, h, w]");
    }
    int[] shape = new int[node.size()];
    for (int i = 0; i < shape.length; i++) {
      shape[i] = node.get(i).asInt(0);
      if (shape[i] < 1 || shape[i] > 1_000_000) {
        throw TrainerException.config("dataset.inputShape has a bad dimension: " + node);
      }
    }
    return shape;
  }

  private static Map<String, Path> files(Path jobDir, JsonNode node) {
    Map<String, Path> files = new HashMap<>();
    List<String> unknown = new ArrayList<>();
    for (JsonNode file : node) {
      String role = file.path("role").asText();
      if (!ROLES.contains(role)) {
        unknown.add(role);
        continue;
      }
      String path = file.path("path").asText("");
      // Tests and local runs use relative paths; the sandbox gives absolute /data/<role>.
      files.put(role, path.isEmpty() ? Path.of("/data", role) : jobDir.resolve(path));
    }
    if (!unknown.isEmpty()) {
      throw TrainerException.config("the job has data files with unknown roles: " + unknown);
    }
    return files;
  }

  private static String oneOf(String value, List<String> allowed, String what) {
    if (!allowed.contains(value)) {
      throw TrainerException.config(what + " must be one of " + allowed + ", got '" + value + "'");
    }
    return value;
  }
}
