package vn.hocsau.runner.sandbox;

import java.nio.file.Path;
import java.util.List;

/**
 * Where the sandbox finds things on this machine.
 *
 * @param workDir the runner's own folder; per-slot scratch mounts go under {@code slots/}
 * @param javaHome the JDK the trainer runs on, bound read-only
 * @param uidBase slot {@code n} runs as host UID and GID {@code uidBase + n}
 * @param etcFiles files and folders of {@code /etc} the program needs, bound read-only if present
 * @param gpuDevices device nodes bound into GPU jobs, if present
 */
public record SandboxHost(
    Path workDir, Path javaHome, int uidBase, List<String> etcFiles, List<String> gpuDevices) {

  /** The defaults: the JDK running the runner, UIDs from 61000, and a minimal /etc. */
  public static SandboxHost defaults(Path workDir) {
    return new SandboxHost(
        workDir,
        Path.of(System.getProperty("java.home")),
        61000,
        List.of(
            "/etc/ld.so.cache",
            "/etc/localtime",
            "/etc/java-17-openjdk",
            "/etc/alternatives",
            "/etc/ssl/certs/java"),
        List.of(
            "/dev/nvidia0",
            "/dev/nvidiactl",
            "/dev/nvidia-uvm",
            "/dev/nvidia-uvm-tools",
            "/dev/nvidia-modeset"));
  }

  /** The host UID (and GID) of a slot. */
  public int uidOf(int slot) {
    return uidBase + slot;
  }

  /** The java launcher inside the sandbox (the JDK is bound at the same path). */
  public String javaCommand() {
    return javaHome.resolve("bin/java").toString();
  }
}
