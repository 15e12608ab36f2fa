package vn.hocsau.trainer;

import java.util.function.LongSupplier;
import org.bytedeco.javacpp.Pointer;
import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.optimize.api.BaseTrainingListener;

/**
 * Runs the garbage collector when the process's resident memory passes a threshold: once when it
 * first does, then again each time it has grown another 64 MiB, or every 5 seconds while it stays
 * above. ND4J frees an array's native memory only after the collector has collected its small Java
 * object, and training makes native garbage far faster than heap garbage: an MLP on Fashion-MNIST
 * with batches of 1,024 grew by about 130 MiB of resident memory an epoch with a 512 MiB heap that
 * never filled, and a job's memory cgroup would have killed it. JavaCPP can make this check itself
 * at every native allocation ({@code org.bytedeco.javacpp.maxphysicalbytes}), but that cost 10% of
 * a small MLP's training time; once per training batch is enough.
 *
 * <p>The runner sets the threshold with {@code -Dhocsau.gc-at-bytes}; without it the guard does
 * nothing.
 */
public final class MemoryGuard {

  static final String PROPERTY = "hocsau.gc-at-bytes";
  static final long INTERVAL_NANOS = 5_000_000_000L;
  static final long GROWTH_BYTES = 64L << 20;

  private static final MemoryGuard PROCESS =
      new MemoryGuard(
          Long.getLong(PROPERTY, 0L), Pointer::physicalBytes, System::gc, System::nanoTime);

  private final long threshold;
  private final LongSupplier residentBytes;
  private final Runnable collect;
  private final LongSupplier nanoClock;
  private boolean collected;
  private long lastCollect;
  private long residentAtLastCollect;
  private int collections;

  MemoryGuard(
      long threshold, LongSupplier residentBytes, Runnable collect, LongSupplier nanoClock) {
    this.threshold = threshold;
    this.residentBytes = residentBytes;
    this.collect = collect;
    this.nanoClock = nanoClock;
  }

  /** The guard of this process, set from {@code -Dhocsau.gc-at-bytes}. */
  public static MemoryGuard process() {
    return PROCESS;
  }

  /**
   * Collects garbage if resident memory is past the threshold, and this is the first time, or it
   * has grown by {@link #GROWTH_BYTES} since the last collection, or that was {@link
   * #INTERVAL_NANOS} ago.
   */
  public synchronized void check() {
    if (threshold <= 0) {
      return;
    }
    long resident = residentBytes.getAsLong();
    if (resident <= threshold) {
      return;
    }
    long now = nanoClock.getAsLong();
    if (!collected
        || resident - residentAtLastCollect >= GROWTH_BYTES
        || now - lastCollect >= INTERVAL_NANOS) {
      collected = true;
      lastCollect = now;
      residentAtLastCollect = resident;
      collections++;
      collect.run();
    }
  }

  /** How many times the guard has run the collector. */
  public synchronized int collections() {
    return collections;
  }

  /** A listener that checks after every training batch. */
  public BaseTrainingListener listener() {
    return new BaseTrainingListener() {
      @Override
      public void iterationDone(Model model, int iteration, int epochCount) {
        check();
      }
    };
  }
}
