package vn.hocsau.trainer.layers;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.AdamUpdater;
import org.nd4j.linalg.learning.GradientUpdater;
import org.nd4j.linalg.learning.config.Adam;

/**
 * Adam's step for {@link LeanUpdater} on the trainer's native kernel ({@link NativeKernels}),
 * vectorised by the C compiler, where the arrays are floats in CPU memory; libnd4j's {@code
 * adam_updater} op, DL4J's own path, everywhere else (CUDA, doubles, no kernel library). libnd4j's
 * op runs one element at a time (its square root and division are not vectorised): about a third of
 * a small MLP's batch before this kernel (docs/benchmarks.md). The state stays in DL4J's {@code
 * AdamUpdater} and its layout, so a saved network and a stock updater see the same moments.
 */
public final class NativeAdam {

  /** Set to {@code false} to keep libnd4j's op (benchmarks compare the two in one run). */
  public static final String SWITCH = "hocsau.native-adam";

  private static final boolean AVAILABLE = NativeKernels.usable() && switchedOn();

  private NativeAdam() {}

  /** True when this JVM runs Adam steps on the native kernel. */
  public static boolean available() {
    return AVAILABLE;
  }

  /**
   * True when {@link #step} can take this block: Adam over float vectors of the same length, each
   * contiguous in memory.
   */
  static boolean takes(GradientUpdater<?> updater, INDArray gradient) {
    if (!AVAILABLE || !(updater instanceof AdamUpdater)) {
      return false;
    }
    AdamUpdater adam = (AdamUpdater) updater;
    return adam.getM() != null
        && vector(gradient)
        && vector(adam.getM())
        && vector(adam.getV())
        && adam.getM().length() == gradient.length()
        && adam.getV().length() == gradient.length();
  }

  /**
   * Divides the gradient by {@code divisor} and runs one Adam step over it, as DL4J's minibatch
   * division followed by {@code AdamUpdater.applyUpdater} would. Only for blocks {@link #takes}
   * accepted.
   */
  static void step(
      GradientUpdater<?> updater, INDArray gradient, int iteration, int epoch, int divisor) {
    AdamUpdater adam = (AdamUpdater) updater;
    Adam config = adam.getConfig();
    float beta1 = (float) config.getBeta1();
    float beta2 = (float) config.getBeta2();
    float epsilon = (float) config.getEpsilon();
    NativeKernels.adamStep(
        NativeKernels.address(gradient),
        NativeKernels.address(adam.getM()),
        NativeKernels.address(adam.getV()),
        gradient.length(),
        divisor,
        beta1,
        beta2,
        alphaT((float) config.getLearningRate(iteration, epoch), beta1, beta2, epsilon, iteration),
        epsilon);
  }

  /**
   * The bias-corrected step size, computed as libnd4j's op does for floats (its subtractions from
   * 1.0 are in double), with the same fallback to ε when it is not a finite, non-zero number.
   */
  static float alphaT(float learningRate, float beta1, float beta2, float epsilon, int iteration) {
    float power = iteration + 1;
    float sqrt = (float) Math.sqrt((float) (1.0 - (float) Math.pow(beta2, power)));
    float alphaT = (float) (learningRate * sqrt / (1.0 - (float) Math.pow(beta1, power)));
    return Float.isNaN(alphaT) || Float.isInfinite(alphaT) || alphaT == 0 ? epsilon : alphaT;
  }

  private static boolean vector(INDArray array) {
    return NativeKernels.takes(array) && array.isVector();
  }

  private static boolean switchedOn() {
    return !"false".equals(System.getProperty(SWITCH));
  }
}
