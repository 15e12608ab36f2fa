package vn.hocsau.trainer.layers;

import java.util.function.Supplier;
import org.nd4j.linalg.factory.Environment;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Runs an op on libnd4j's plain kernels: in a oneDNN build libnd4j would send pooling to oneDNN,
 * which is slower than its plain kernel for NCHW arrays (docs/benchmarks.md).
 */
public final class PlainKernels {

  private PlainKernels() {}

  /** {@code call}'s result, computed with libnd4j's platform helpers off. */
  public static <T> T call(Supplier<T> call) {
    // The environment is process-wide; training runs on one thread, and a concurrent op on
    // another thread would at worst take the plain kernel too: same result, other speed.
    Environment environment = Nd4j.getEnvironment();
    boolean allowed = environment.helpersAllowed();
    environment.allowHelpers(false);
    try {
      return call.get();
    } finally {
      environment.allowHelpers(allowed);
    }
  }
}
