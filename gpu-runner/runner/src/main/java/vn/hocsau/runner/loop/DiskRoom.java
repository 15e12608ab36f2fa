package vn.hocsau.runner.loop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Holds claims back while the disk of the job folders has too little room to write one. A runner
 * that claimed on a full disk could not write the job's folder and would hand the job back at once,
 * then claim the next: it would burn every queued job's attempts in seconds, each ending as
 * RUNNER_LOST. Waiting instead leaves the jobs queued for another runner, or for this one once
 * space returns.
 */
public final class DiskRoom implements ClaimGate {

  /** The least free space to claim with: a job folder, its outputs and the trainer's logs. */
  public static final long MIN_FREE_BYTES = 64L << 20;

  private final Path dir;
  private final long minFree;

  /** Watches the disk that holds {@code dir} (or, until it exists, its nearest existing parent). */
  public DiskRoom(Path dir, long minFree) {
    this.dir = dir.toAbsolutePath();
    this.minFree = minFree;
  }

  @Override
  public String blocked() {
    Path existing = dir;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return null;
    }
    try {
      long free = Files.getFileStore(existing).getUsableSpace();
      if (free < minFree) {
        return "the disk of "
            + dir
            + " has "
            + (free >> 20)
            + " MiB free, less than the "
            + (minFree >> 20)
            + " MiB a job needs";
      }
      return null;
    } catch (IOException e) {
      return "cannot read the free space of " + dir + ": " + e.getMessage();
    }
  }
}
