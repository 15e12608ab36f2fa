package vn.hocsau.runner.sandbox;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One job to run in a sandbox.
 *
 * @param name unique name of this run, used for the cgroup (e.g. {@code job-17-1})
 * @param slot the runner slot; each slot has its own host UID and scratch file systems
 * @param jobDir the prepared job folder, bound read-only at {@code /job}
 * @param dataFiles cached blobs by role, bound read-only at {@code /data/<role>}
 * @param readOnlyBinds further host paths bound read-only, by their path inside the sandbox
 * @param command the program and its arguments, as seen inside the sandbox
 * @param environment the whole environment of the program; nothing else is inherited
 * @param limits what the job may use
 * @param gpu whether to expose the GPU devices
 * @param outputs the files of {@code /out} to read after the run, with their size caps
 */
public record SandboxRequest(
    String name,
    int slot,
    Path jobDir,
    Map<String, Path> dataFiles,
    Map<String, Path> readOnlyBinds,
    List<String> command,
    Map<String, String> environment,
    SandboxLimits limits,
    boolean gpu,
    Map<String, Long> outputs) {

  /** Copies the collections. */
  public SandboxRequest {
    dataFiles = Map.copyOf(dataFiles);
    readOnlyBinds = Map.copyOf(readOnlyBinds);
    command = List.copyOf(command);
    environment = Map.copyOf(environment);
    outputs = Map.copyOf(outputs);
  }
}
