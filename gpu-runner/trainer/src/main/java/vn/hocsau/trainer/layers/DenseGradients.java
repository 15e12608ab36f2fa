package vn.hocsau.trainer.layers;

import java.util.Map;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.params.DefaultParamInitializer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * What a fully connected layer ({@link FusedDense}, {@link FusedSoftmaxOutput}) does with its
 * pre-activation gradient: the weight and bias gradients, written into the layer's gradient views,
 * and the input gradient only when a layer below needs it.
 */
final class DenseGradients {

  private DenseGradients() {}

  /**
   * @param delta the gradient of the loss with respect to the pre-activation, [batch, nOut]
   * @param views the layer's gradient views by parameter key
   * @param biasSummed the bias gradient view already holds the column sums of {@code delta} (a
   *     native kernel summed them on its way)
   * @param weights the layer's weights, [nIn, nOut]
   * @param inputGradient whether to compute the gradient with respect to the input
   * @return the parameter gradients and the input gradient ({@code null} when not asked for)
   */
  static Pair<Gradient, INDArray> of(
      INDArray delta,
      INDArray input,
      Map<String, INDArray> views,
      boolean hasBias,
      boolean biasSummed,
      INDArray weights,
      boolean inputGradient,
      LayerWorkspaceMgr workspaceMgr) {
    Gradient gradient = new DefaultGradient();
    INDArray weightGrad = views.get(DefaultParamInitializer.WEIGHT_KEY);
    Nd4j.gemm(input.castTo(weightGrad.dataType()), delta, weightGrad, true, false, 1.0, 0.0);
    gradient.gradientForVariable().put(DefaultParamInitializer.WEIGHT_KEY, weightGrad);
    if (hasBias) {
      INDArray biasGrad = views.get(DefaultParamInitializer.BIAS_KEY);
      if (!biasSummed) {
        delta.sum(biasGrad, 0);
      }
      gradient.gradientForVariable().put(DefaultParamInitializer.BIAS_KEY, biasGrad);
    }
    INDArray epsilonNext = null;
    if (inputGradient) {
      epsilonNext =
          workspaceMgr.createUninitialized(
              ArrayType.ACTIVATION_GRAD,
              delta.dataType(),
              new long[] {weights.size(0), delta.size(0)},
              'f');
      epsilonNext = weights.mmuli(delta.transpose(), epsilonNext).transpose();
    }
    return new Pair<>(gradient, epsilonNext);
  }
}
