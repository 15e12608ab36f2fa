package vn.hocsau.system.memory;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Collects the heap once start-up is done, so the JVM hands back what start-up alone needed.
 *
 * <p>Start-up imports the course folders, and with them the labs' datasets: Fashion-MNIST's
 * training images are 26 MB read whole. The heap grows to hold them, and a serial collector, as the
 * platform image runs, keeps that size until its old generation fills and a full collection finds
 * it mostly free. This collection comes right after start-up instead; with {@code
 * -XX:-ShrinkHeapInSteps} (the image's flags) it shrinks the heap in one go, to what is live plus
 * {@code MaxHeapFreeRatio}. The web benchmark measured the memory this saves (docs/benchmarks.md).
 */
@ApplicationScoped
public class HeapAfterStart {

  private static final Logger LOG = Logger.getLogger(HeapAfterStart.class);

  @ConfigProperty(name = "hocsau.memory.collect-after-start", defaultValue = "true")
  boolean enabled;

  // After every other start-up observer: the course import runs in one of them.
  void onStart(@Observes @Priority(Integer.MAX_VALUE) StartupEvent event) {
    if (enabled) {
      collect();
    }
  }

  private void collect() {
    long before = committed();
    System.gc();
    LOG.infof(
        "heap after start-up: %d MB committed before a full collection, %d MB after",
        before >> 20, committed() >> 20);
  }

  private static long committed() {
    MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    return heap.getCommitted();
  }
}
