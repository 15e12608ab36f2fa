package vn.hocsau.runner.job;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Start-up work that runners sharing a work folder must not do at the same time, such as unpacking
 * the natives or making the class archive: one does it, the others wait and then find it done. The
 * kernel drops the lock if its holder dies.
 */
final class SharedFolderLock {

  /** Work done while holding the lock; it should check first whether another runner did it. */
  interface Work {
    void run() throws IOException, InterruptedException;
  }

  private SharedFolderLock() {}

  /** Runs {@code work} holding an exclusive lock on {@code lockFile}, made if missing. */
  static void holding(Path lockFile, Work work) throws IOException, InterruptedException {
    // A file lock is per process: threads of this JVM wait on the monitor instead.
    synchronized (SharedFolderLock.class) {
      try (FileChannel lock =
          FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
        lock.lock();
        work.run();
      }
    }
  }
}
