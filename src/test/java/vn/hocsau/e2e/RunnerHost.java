package vn.hocsau.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What a runner instance has on this machine, read the way an operator would: the processes of its
 * slot UID, its job cgroups and its scratch mounts. The numbering follows gpu-runner's {@code
 * SandboxHost} (see gpu-runner/README.md, "Several runners on one machine"), for runners with one
 * slot in {@link RunnerProcess#WORK}.
 */
final class RunnerHost {

  private RunnerHost() {}

  /** Runner instance {@code n}'s only slot, numbered machine-wide (gpu-runner's SandboxHost). */
  static int hostSlot(int instance) {
    return instance * 100;
  }

  /** The work folder's tag in cgroup names (gpu-runner's SandboxHost.cgroupName). */
  static String workDirTag() throws NoSuchAlgorithmException {
    byte[] hash =
        MessageDigest.getInstance("SHA-256")
            .digest(
                RunnerProcess.WORK
                    .toAbsolutePath()
                    .normalize()
                    .toString()
                    .getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(hash, 0, 4);
  }

  /** The host UID of runner instance {@code n}'s only slot. */
  static int uidOf(int instance) {
    return 61000 + hostSlot(instance);
  }

  /** Whether something is mounted exactly on {@code dir}. */
  static boolean isMounted(Path dir) {
    return mountsUnder(dir).contains(dir.toString());
  }

  /** Mount points at or below {@code dir}. */
  static List<String> mountsUnder(Path dir) {
    try {
      return Files.readAllLines(Path.of("/proc/self/mounts")).stream()
          .map(line -> line.split(" ")[1])
          .filter(target -> Path.of(target).startsWith(dir))
          .toList();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Live (not zombie) processes whose real UID is {@code uid}, as "pid name". */
  static List<String> processesOf(int uid) {
    List<String> found = new ArrayList<>();
    try (Stream<Path> proc = Files.list(Path.of("/proc"))) {
      for (Path dir : proc.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
        Map<String, String> status = new TreeMap<>();
        try {
          for (String line : Files.readAllLines(dir.resolve("status"))) {
            int colon = line.indexOf(':');
            if (colon > 0) {
              status.put(line.substring(0, colon), line.substring(colon + 1).strip());
            }
          }
        } catch (IOException gone) {
          continue;
        }
        String realUid = status.getOrDefault("Uid", "").split("\\s+")[0];
        if (realUid.equals(Integer.toString(uid)) && !status.get("State").startsWith("Z")) {
          found.add(dir.getFileName() + " " + status.get("Name"));
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return found;
  }

  /**
   * The pids in a job cgroup of the runners started by this JVM (they sit in its cgroup), or empty
   * when the group does not exist. cgroup v1 (the pids hierarchy) or v2.
   */
  static Optional<List<String>> cgroupPids(String group) {
    try {
      Path root = Path.of("/sys/fs/cgroup");
      Path parent;
      List<String> self = Files.readAllLines(Path.of("/proc/self/cgroup"));
      if (Files.isDirectory(root.resolve("pids"))) {
        String own =
            self.stream()
                .map(line -> line.split(":", 3))
                .filter(p -> List.of(p[1].split(",")).contains("pids"))
                .findFirst()
                .orElseThrow()[2];
        parent = root.resolve("pids").resolve(own.substring(1)).resolve("hocsau-runner");
      } else {
        String own = self.stream().filter(l -> l.startsWith("0::")).findFirst().orElseThrow();
        Path ownGroup = root.resolve(own.substring(4));
        parent = (own.equals("0::/") ? ownGroup : ownGroup.getParent()).resolve("hocsau-runner");
      }
      Path procs = parent.resolve(group).resolve("cgroup.procs");
      if (!Files.exists(procs)) {
        return Optional.empty();
      }
      return Optional.of(Files.readAllLines(procs).stream().filter(l -> !l.isBlank()).toList());
    } catch (IOException e) {
      // Removed while being read.
      return Optional.empty();
    }
  }
}
