package vn.hocsau.system.memory;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

class HeapAfterStartTest {

  @Test
  void startUpEndsWithAFullCollectionThatKeepsOnlyWhatIsLive() {
    // What an import leaves behind: a large array nobody holds any more.
    byte[][] dataset = new byte[48][];
    for (int i = 0; i < dataset.length; i++) {
      dataset[i] = new byte[1 << 20];
    }
    long sum = 0;
    for (byte[] chunk : dataset) {
      sum += chunk.length;
    }
    assertTrue(sum > 0);
    long holding = used();
    dataset = null;
    long before = collections();
    HeapAfterStart heap = new HeapAfterStart();
    heap.enabled = true;
    heap.onStart(null);
    assertTrue(collections() > before, "no collection ran");
    long left = used();
    assertTrue(
        left < holding - (40L << 20),
        "the 48 MB left behind was not collected: " + (holding >> 20) + " → " + (left >> 20));
  }

  private static long used() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static long collections() {
    long n = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      n += Math.max(0, gc.getCollectionCount());
    }
    return n;
  }
}
