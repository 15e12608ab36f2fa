package vn.hocsau.trainer;

import org.nd4j.linalg.factory.Nd4j;

/**
 * Caps ND4J's threads. The runner sets {@code OMP_NUM_THREADS} per slot; {@code -Dhocsau.threads}
 * overrides it from the command line. On a machine of two cores or fewer with neither set, one
 * thread: a second OpenMP thread there only contends with the JVM's own threads and other jobs.
 */
final class Threads {

  private Threads() {}

  static void apply() {
    int threads = chosen();
    if (threads > 0) {
      Nd4j.getEnvironment().setMaxThreads(threads);
      Nd4j.getEnvironment().setMaxMasterThreads(threads);
      org.nd4j.nativeblas.NativeOpsHolder.getInstance()
          .getDeviceNativeOps()
          .setOmpNumThreads(threads);
    }
  }

  static int chosen() {
    String property = System.getProperty("hocsau.threads");
    if (property != null && property.matches("[1-9][0-9]{0,3}")) {
      return Integer.parseInt(property);
    }
    if (System.getenv("OMP_NUM_THREADS") == null
        && Runtime.getRuntime().availableProcessors() <= 2) {
      return 1;
    }
    return 0;
  }
}
