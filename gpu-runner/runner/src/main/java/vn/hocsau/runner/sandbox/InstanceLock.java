package vn.hocsau.runner.sandbox;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Proof that this process is the only runner using its instance number in its work folder: an
 * exclusive lock on {@code instance-<n>.lock}, held until the process ends. The kernel drops the
 * lock when the process dies, even by {@code kill -9}, so a restarted runner gets it back at once
 * and may then clean up what its dead predecessor left on its own slots.
 */
public final class InstanceLock {

  private final Path workDir;
  private final int instance;
  private final FileChannel channel;
  private final FileLock lock;

  private InstanceLock(Path workDir, int instance, FileChannel channel, FileLock lock) {
    this.workDir = workDir;
    this.instance = instance;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock of {@code instance} in {@code workDir}.
   *
   * @throws SandboxUnavailableException when another live runner holds it
   */
  public static InstanceLock acquire(Path workDir, int instance) {
    Path file = workDir.resolve("instance-" + instance + ".lock");
    try {
      Files.createDirectories(workDir);
      FileChannel channel =
          FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        // Held by this very process: a second acquire in one JVM.
        lock = null;
      }
      if (lock == null) {
        channel.close();
        throw new SandboxUnavailableException(
            "another runner on this machine already uses instance "
                + instance
                + " of the work folder "
                + workDir
                + " (it holds "
                + file
                + "): give each runner sharing a machine its own HOCSAU_RUNNER_INSTANCE");
      }
      return new InstanceLock(workDir, instance, channel, lock);
    } catch (IOException e) {
      throw new SandboxUnavailableException("cannot lock " + file + ": " + e.getMessage(), e);
    }
  }

  /** Whether this is the held lock of {@code instance} in {@code workDir}. */
  public boolean isFor(Path workDir, int instance) {
    return held()
        && this.instance == instance
        && this.workDir.toAbsolutePath().normalize().equals(workDir.toAbsolutePath().normalize());
  }

  /** Whether the lock is still held (it is, until {@link #release}). */
  public boolean held() {
    return lock.isValid();
  }

  /** Lets another runner take the instance; the process ending does the same. */
  public void release() throws IOException {
    channel.close();
  }
}
