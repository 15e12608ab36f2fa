package vn.hocsau.runner.job;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import vn.hocsau.runner.api.BlobCache;

/**
 * The parts of a job payload (docs/training-jobs.md §1) the runner acts on, validated. The runner
 * checks everything that becomes a path or a bind, because the payload decides what enters the
 * sandbox.
 *
 * @param submissionKind {@code config}, {@code java}, {@code dl4j-json} or {@code dl4j-zip}
 * @param fileName the submission's plain file name
 * @param text the submission text, or {@code null} for {@code dl4j-zip}
 * @param submissionBlob the zip's SHA-256 for {@code dl4j-zip}, else {@code null}
 * @param files the dataset files to bind at {@code /data/<role>}
 * @param wallSeconds the lab's wall-time limit, or 0 when absent
 * @param memoryMb the lab's memory limit, or 0 when absent
 */
public record JobPayload(
    String submissionKind,
    String fileName,
    String text,
    String submissionBlob,
    List<DataFile> files,
    long wallSeconds,
    long memoryMb) {

  /** The only roles a runner accepts; there is never a test-labels role. */
  public static final Set<String> ROLES = Set.of("train-features", "train-labels", "test-features");

  private static final Logger LOG = Logger.getLogger(JobPayload.class.getName());

  private static final Set<String> KINDS = Set.of("config", "java", "dl4j-json", "dl4j-zip");
  private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]{0,63}");

  /**
   * One dataset file.
   *
   * @param role where it is bound, {@code /data/<role>}
   * @param sha256 its content hash
   * @param size its size in bytes
   */
  public record DataFile(String role, String sha256, long size) {}

  /** Copies the file list. */
  public JobPayload {
    files = List.copyOf(files);
  }

  /**
   * Validates and reads a payload.
   *
   * @throws RefusedJobException naming the first problem
   */
  public static JobPayload parse(JsonNode payload) throws RefusedJobException {
    if (payload.path("version").asInt(0) != 1) {
      throw new RefusedJobException("unsupported payload version " + payload.path("version"));
    }
    JsonNode submission = payload.path("submission");
    String kind = submission.path("kind").asText("");
    if (!KINDS.contains(kind)) {
      throw new RefusedJobException("unknown submission kind '" + kind + "'");
    }
    String fileName = submission.path("fileName").asText("");
    if (!FILE_NAME.matcher(fileName).matches()) {
      throw new RefusedJobException("the submission's file name is not a plain file name");
    }
    String text = submission.path("text").isTextual() ? submission.path("text").asText() : null;
    String blob = submission.path("blob").isTextual() ? submission.path("blob").asText() : null;
    if (kind.equals("dl4j-zip") ? !BlobCache.isSha256(blob) : text == null) {
      throw new RefusedJobException("the submission has no " + (text == null ? "text" : "blob"));
    }
    JsonNode limits = payload.path("limits");
    return new JobPayload(
        kind,
        fileName,
        text,
        kind.equals("dl4j-zip") ? blob : null,
        dataFiles(payload.path("dataset").path("files")),
        limits.path("wallSeconds").asLong(0),
        limits.path("memoryMb").asLong(0));
  }

  private static List<DataFile> dataFiles(JsonNode files) throws RefusedJobException {
    List<DataFile> result = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (JsonNode file : files) {
      String role = file.path("role").asText("");
      if (!ROLES.contains(role)) {
        // Loud on purpose: a test-labels role means the platform is about to leak the answers.
        LOG.severe("REFUSING JOB: dataset role '" + role + "' is not allowed");
        throw new RefusedJobException("dataset role '" + role + "' is not allowed");
      }
      if (!seen.add(role)) {
        throw new RefusedJobException("dataset role '" + role + "' appears twice");
      }
      String sha256 = file.path("sha256").asText("");
      long size = file.path("size").asLong(-1);
      if (!BlobCache.isSha256(sha256) || size < 0) {
        throw new RefusedJobException("dataset file '" + role + "' has no valid sha256 and size");
      }
      result.add(new DataFile(role, sha256, size));
    }
    return result;
  }
}
