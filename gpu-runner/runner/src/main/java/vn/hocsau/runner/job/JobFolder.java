package vn.hocsau.runner.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.hocsau.runner.sandbox.SafeDelete;

/**
 * Writes the job folder the trainer reads at {@code /job} (docs/training-jobs.md §2): {@code
 * job.json} with a {@code path} added to each dataset file, and {@code submission/<fileName>}.
 * Everything is owned by the runner and world-readable, and bound read-only.
 *
 * @param dir the folder on the host
 * @param dataFiles cached blobs by role, to bind at {@code /data/<role>}
 */
public record JobFolder(Path dir, Map<String, Path> dataFiles) implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Resolves a blob to a cached file. */
  public interface Blobs {
    Path get(String sha256, long size) throws IOException, InterruptedException;
  }

  /** Where the program sees a dataset file. */
  public interface DataPaths {
    String of(String role, Path hostFile);
  }

  /**
   * Creates the folder {@code dir} (replacing a leftover) for a validated payload. When anything
   * fails on the way, what was written is deleted again before the exception leaves.
   */
  public static JobFolder prepare(
      Path dir, JsonNode payload, JobPayload parsed, Blobs blobs, DataPaths dataPaths)
      throws IOException, InterruptedException {
    SafeDelete.tree(dir);
    try {
      return write(dir, payload, parsed, blobs, dataPaths);
    } catch (IOException | InterruptedException | RuntimeException e) {
      try {
        SafeDelete.tree(dir);
      } catch (IOException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
  }

  private static JobFolder write(
      Path dir, JsonNode payload, JobPayload parsed, Blobs blobs, DataPaths dataPaths)
      throws IOException, InterruptedException {
    Files.createDirectories(dir.getParent());
    Files.createDirectory(dir);
    Path submission = Files.createDirectory(dir.resolve("submission"));
    Path file = submission.resolve(parsed.fileName());
    if (parsed.submissionBlob() != null) {
      Path zip = blobs.get(parsed.submissionBlob(), -1);
      Files.copy(zip, file, StandardCopyOption.REPLACE_EXISTING);
    } else {
      Files.writeString(file, parsed.text(), StandardCharsets.UTF_8);
    }
    Map<String, Path> dataFiles = new LinkedHashMap<>();
    ObjectNode job = payload.deepCopy();
    for (JsonNode entry : job.path("dataset").path("files")) {
      JobPayload.DataFile data =
          parsed.files().stream()
              .filter(f -> f.role().equals(entry.path("role").asText()))
              .findFirst()
              .orElseThrow();
      Path cached = blobs.get(data.sha256(), data.size());
      dataFiles.put(data.role(), cached);
      ((ObjectNode) entry).put("path", dataPaths.of(data.role(), cached));
    }
    Files.write(dir.resolve("job.json"), JSON.writeValueAsBytes(job));
    for (Path path : new Path[] {file, dir.resolve("job.json")}) {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-r--r--"));
    }
    for (Path path : new Path[] {submission, dir}) {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
    return new JobFolder(dir, Map.copyOf(dataFiles));
  }

  /** Deletes the folder without following any link in it. */
  @Override
  public void close() throws IOException {
    SafeDelete.tree(dir);
  }
}
