package vn.hocsau.trainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.bytedeco.javacpp.Pointer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The guard collects garbage when resident memory passes its threshold, at most once a second. */
class MemoryGuardTest {

  private static final long MIB = 1 << 20;

  @BeforeAll
  static void chooseNativeBuild() throws Exception {
    NativeSetup.configure();
  }

  @Test
  void collectsPastTheThresholdThenOnGrowthOrAfterAWhile() {
    AtomicLong resident = new AtomicLong(100 * MIB);
    AtomicLong now = new AtomicLong();
    AtomicInteger collections = new AtomicInteger();
    MemoryGuard guard =
        new MemoryGuard(500 * MIB, resident::get, collections::incrementAndGet, now::get);

    guard.check();
    assertEquals(0, collections.get(), "below the threshold");

    resident.set(600 * MIB);
    guard.check();
    assertEquals(1, collections.get(), "past the threshold");
    resident.set(600 * MIB + MemoryGuard.GROWTH_BYTES - 1);
    now.addAndGet(MemoryGuard.INTERVAL_NANOS - 1);
    guard.check();
    assertEquals(1, collections.get(), "not again: little growth, little time");
    resident.set(600 * MIB + MemoryGuard.GROWTH_BYTES);
    guard.check();
    assertEquals(2, collections.get(), "again after another 64 MiB");
    now.addAndGet(MemoryGuard.INTERVAL_NANOS);
    guard.check();
    assertEquals(3, collections.get(), "again after 5 s above the threshold");
    resident.set(400 * MIB);
    now.addAndGet(MemoryGuard.INTERVAL_NANOS);
    guard.check();
    assertEquals(3, collections.get(), "not below the threshold, however long");
    assertEquals(3, guard.collections());

    MemoryGuard off = new MemoryGuard(0, resident::get, collections::incrementAndGet, now::get);
    resident.set(600 * MIB);
    off.check();
    assertEquals(3, collections.get(), "no threshold, no collection");
  }

  /**
   * ND4J arrays dropped without a garbage collection keep their native memory: 600 MiB of them
   * would add 600 MiB of resident memory (their Java objects are too small to fill the heap). With
   * the guard checked after each, as after each training batch, the process stays near its
   * threshold.
   */
  @Test
  void keepsNativeGarbageFromPilingUp() {
    long baseline = Pointer.physicalBytes();
    MemoryGuard guard =
        new MemoryGuard(baseline + 150 * MIB, Pointer::physicalBytes, System::gc, System::nanoTime);
    long peak = baseline;
    for (int i = 0; i < 600; i++) {
      INDArray garbage = Nd4j.createUninitialized(DataType.FLOAT, 256, 1024);
      garbage.assign(i);
      guard.check();
      peak = Math.max(peak, Pointer.physicalBytes());
    }
    assertTrue(guard.collections() >= 1, "the guard never collected");
    assertTrue(
        peak - baseline < 400 * MIB,
        "resident memory grew by " + (peak - baseline) / MIB + " MiB for 600 MiB of garbage");
  }
}
