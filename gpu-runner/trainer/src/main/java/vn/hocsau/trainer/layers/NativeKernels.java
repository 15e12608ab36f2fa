package vn.hocsau.trainer.layers;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The trainer's own native kernels ({@code src/main/c/hocsau_kernels.c}, built by the pom into
 * {@code native/} beside {@code lib/} in the trainer distribution). Loaded once, from the path in
 * {@value #PATH_PROPERTY} or else from the distribution; where neither has the library (a build
 * without a C compiler, a platform other than Linux on x86-64) every caller keeps libnd4j's ops.
 */
public final class NativeKernels {

  /** A path to the library, overriding the distribution's; tests set it. */
  public static final String PATH_PROPERTY = "hocsau.kernels";

  static final String LIBRARY = "libhocsau_kernels.so";

  private static final boolean LOADED = load();

  private NativeKernels() {}

  /** True when the kernels are loaded in this JVM. */
  public static boolean loaded() {
    return LOADED;
  }

  /**
   * One Adam step over {@code n} floats at these addresses (see the C source for the arithmetic).
   * Callers check {@link #loaded()} and that each address is valid for {@code n} floats.
   */
  static native void adamStep(
      long gradient,
      long m,
      long v,
      long n,
      float divisor,
      float beta1,
      float beta2,
      float alphaT,
      float epsilon);

  private static boolean load() {
    Path library = location(System.getProperty(PATH_PROPERTY), codeSource());
    if (library == null || !Files.isRegularFile(library)) {
      return false;
    }
    try {
      System.load(library.toAbsolutePath().toString());
      return true;
    } catch (UnsatisfiedLinkError e) {
      return false;
    }
  }

  /**
   * The configured path, else {@code native/} beside the folder of the jar holding this class (the
   * distribution's {@code lib/}); null when there is neither.
   */
  static Path location(String configured, Path codeSource) {
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured);
    }
    if (codeSource == null || !codeSource.toString().endsWith(".jar")) {
      return null;
    }
    Path distribution = codeSource.toAbsolutePath().getParent().getParent();
    return distribution == null ? null : distribution.resolve("native").resolve(LIBRARY);
  }

  private static Path codeSource() {
    try {
      return Path.of(
          NativeKernels.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (Exception | LinkageError e) {
      return null;
    }
  }
}
