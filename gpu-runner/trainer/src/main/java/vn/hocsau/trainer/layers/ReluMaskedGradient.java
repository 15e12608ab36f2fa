package vn.hocsau.trainer.layers;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The hand-over between a {@link MaxPooling2x2} behind a ReLU first convolution and that {@link
 * FirstConvolution}: the pooling layer's input gradient that already carries the ReLU's derivative
 * (a winner that is not positive passes no gradient) and lies in the convolution's [filters, batch,
 * h, w] order. The convolution then skips recomputing its pre-activation, the ReLU mask and the
 * transpose. Only the very array the pooling layer returned counts (identity); any other epsilon is
 * masked by the convolution as usual, which is also right for an already masked one. Training runs
 * on one thread per network; the value is per thread all the same.
 */
final class ReluMaskedGradient {

  private static final ThreadLocal<INDArray> LAST = new ThreadLocal<>();

  private ReluMaskedGradient() {}

  static void offer(INDArray gradient) {
    LAST.set(gradient);
  }

  /** True when {@code epsilon} is the masked gradient last offered; forgets it either way. */
  static boolean take(INDArray epsilon) {
    INDArray last = LAST.get();
    LAST.remove();
    return last != null && last == epsilon;
  }
}
