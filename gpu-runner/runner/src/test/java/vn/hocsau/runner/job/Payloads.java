package vn.hocsau.runner.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import vn.hocsau.runner.JobSettings;
import vn.hocsau.runner.MemorySize;

/** Job payloads for tests, following docs/training-jobs.md §1. */
public final class Payloads {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Bytes of a tiny "dataset file". */
  public static final byte[] FEATURES = "0,1,2,3\n4,5,6,7\n".getBytes(StandardCharsets.UTF_8);

  private Payloads() {}

  /**
   * Small job settings for sandbox tests: one CPU, /tmp 32m, /out 16m, a 1m log, half the memory
   * for the heap, a 5 s drain, never unsandboxed.
   */
  public static JobSettings smallJobs(
      Path workDir, Path trainer, List<String> jvmFlags, boolean classArchive) {
    return new JobSettings(
        workDir,
        trainer,
        1,
        MemorySize.parse("32m"),
        MemorySize.parse("16m"),
        MemorySize.parse("1m"),
        50,
        jvmFlags,
        "",
        classArchive,
        Duration.ofSeconds(5),
        false);
  }

  /** The SHA-256 of some bytes, in hex. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A config-kind payload whose submission text drives the stand-in trainer. */
  public static ObjectNode train(String text) {
    ObjectNode payload = JSON.createObjectNode().put("version", 1);
    payload
        .putObject("submission")
        .put("id", 42)
        .put("kind", "config")
        .put("fileName", "network.yaml")
        .put("text", text)
        .putNull("blob");
    ObjectNode dataset = payload.putObject("dataset").put("slug", "tiny").put("format", "csv");
    dataset
        .putArray("files")
        .addObject()
        .put("role", "train-features")
        .put("sha256", sha256(FEATURES))
        .put("size", FEATURES.length)
        .put("name", "train.csv");
    payload.putObject("limits").put("wallSeconds", 20).put("memoryMb", 256).put("maxEpochs", 1);
    payload.put("output", "labels");
    return payload;
  }

  /** Parses JSON text. */
  public static JsonNode json(String text) throws java.io.IOException {
    return JSON.readTree(text);
  }
}
