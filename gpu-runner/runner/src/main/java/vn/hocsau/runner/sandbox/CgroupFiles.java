package vn.hocsau.runner.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reading, writing and emptying cgroup directories, shared by both cgroup versions. */
final class CgroupFiles {

  private CgroupFiles() {}

  static void write(Path file, String value) throws IOException {
    Files.writeString(file, value, StandardCharsets.US_ASCII);
  }

  static List<Long> pids(Path procs) throws IOException {
    List<Long> pids = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(procs, StandardCharsets.US_ASCII)) {
        if (!line.isBlank()) {
          pids.add(Long.parseLong(line.strip()));
        }
      }
    } catch (NoSuchFileException e) {
      return List.of();
    }
    return pids;
  }

  static long keyedValue(Path file, String key) throws IOException {
    if (!Files.isRegularFile(file)) {
      return 0;
    }
    for (String line : Files.readAllLines(file, StandardCharsets.US_ASCII)) {
      String[] parts = line.strip().split("\\s+");
      if (parts.length == 2 && parts[0].equals(key)) {
        return Long.parseLong(parts[1]);
      }
    }
    return 0;
  }

  /**
   * Kills every pid listed in the procs files until they stay empty. A fork bomb can add pids
   * between two reads, so it loops; the pids limit bounds how many there can be.
   */
  static void killUntilEmpty(List<Path> procsFiles, Duration deadline) throws IOException {
    long end = System.nanoTime() + deadline.toNanos();
    while (true) {
      Set<Long> pids = new LinkedHashSet<>();
      for (Path procs : procsFiles) {
        pids.addAll(pids(procs));
      }
      if (pids.isEmpty()) {
        return;
      }
      // ProcessHandle.destroyForcibly sends SIGKILL to any pid, not only to our children.
      pids.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
      if (System.nanoTime() > end) {
        throw new IOException("processes " + pids + " survived SIGKILL until the deadline");
      }
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while emptying the job's cgroup", e);
      }
    }
  }

  /**
   * Removes a group directory, retrying briefly: the kernel frees it a moment after its last pid.
   */
  static void remove(Path group) throws IOException {
    for (int attempt = 0; ; attempt++) {
      try {
        Files.deleteIfExists(group);
        return;
      } catch (IOException e) {
        if (attempt >= 200) {
          throw e;
        }
        try {
          Thread.sleep(10);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }
}
