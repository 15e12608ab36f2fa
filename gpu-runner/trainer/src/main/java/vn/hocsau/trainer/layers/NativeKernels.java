package vn.hocsau.trainer.layers;

import java.nio.file.Files;
import java.nio.file.Path;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The trainer's own native kernels ({@code src/main/c/hocsau_kernels.c}, built by the pom into
 * {@code native/} beside {@code lib/} in the trainer distribution). Loaded once, from the path in
 * {@value #PATH_PROPERTY} or else from the distribution; where neither has the library (a build
 * without a C compiler, a platform other than Linux on x86-64) every caller keeps libnd4j's ops.
 */
public final class NativeKernels {

  /** A path to the library, overriding the distribution's ({@value #OFF}: none); tests set it. */
  public static final String PATH_PROPERTY = "hocsau.kernels";

  /** The {@value #PATH_PROPERTY} value that keeps every caller on libnd4j's ops. */
  public static final String OFF = "off";

  static final String LIBRARY = "libhocsau_kernels.so";

  private static final boolean LOADED = load();

  private static final boolean ON_CPU = LOADED && Nd4j.getEnvironment().isCPU();

  private NativeKernels() {}

  /** True when the kernels are loaded in this JVM. */
  public static boolean loaded() {
    return LOADED;
  }

  /**
   * True when the kernels are loaded and ND4J's arrays live in CPU memory, where they can reach.
   */
  static boolean usable() {
    return ON_CPU;
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

  /**
   * For a [rows, cols] c-order {@code z}: adds {@code bias} to every row, writes that to {@code
   * keep}, and applies ReLU to {@code z} in place when {@code relu} is set.
   */
  static native void biasActivation(
      long z, long bias, long keep, long rows, long cols, boolean relu);

  /**
   * ReLU's backprop in place in {@code z} ([rows, cols], c order): {@code epsilon} where {@code z}
   * is positive, 0 elsewhere; then each column's sum into {@code biasGrad}.
   */
  static native void reluBackprop(long z, long epsilon, long biasGrad, long rows, long cols);

  /**
   * 2×2 max pooling (stride 2) of {@code planes} row-major height×width planes of floats: each
   * window's winner to {@code out} and {@code kept}, its flat index to {@code winners} (ints).
   */
  static native void maxPoolForward(
      long in, long out, long kept, long winners, long planes, long height, long width);

  /**
   * The pooling's backprop into {@code inputGrad} ([batch, channels, height, width] floats): each
   * output's gradient at its winner, 0 elsewhere; with {@code relu}, masked where the kept winner
   * is not positive and laid out [channels, batch, height, width].
   */
  static native void maxPoolBackward(
      long grad,
      long winners,
      long kept,
      long inputGrad,
      long batch,
      long channels,
      long height,
      long width,
      boolean relu);

  /** The summed cross-entropy of {@code n} probabilities against labels, clipped as DL4J clips. */
  static native double crossEntropy(long p, long labels, long n, float eps);

  /**
   * True when the kernels can work on this array in place: floats in CPU memory, one contiguous
   * block in c order (a vector's order does not matter: DL4J's bias views say 'f').
   */
  static boolean takes(INDArray array) {
    return ON_CPU
        && array != null
        && array.dataType() == DataType.FLOAT
        && (array.ordering() == 'c' || array.isVector())
        && array.elementWiseStride() == 1
        && !array.isEmpty();
  }

  /** Where the array's first element is: its buffer's address plus its offset in elements. */
  static long address(INDArray array) {
    return array.data().address() + array.offset() * array.dataType().width();
  }

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
    if (OFF.equals(configured)) {
      return null;
    }
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
