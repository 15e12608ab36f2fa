package vn.hocsau.trainer.layers;

import java.util.Arrays;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;
import org.deeplearning4j.nn.params.ConvolutionParamInitializer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.api.ops.impl.scalar.Step;
import org.nd4j.linalg.api.shape.Shape;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The runtime side of {@link FirstConvolutionLayer}. DL4J's convolution backprop (one {@code
 * conv2d_bp} op, in oneDNN when the helpers are on) always computes the input gradient, which a
 * first layer throws away; for a one-channel 28×28 input that op is the most expensive of the whole
 * batch. Here the weight gradient is computed on its own, as the forward convolution of the input
 * with the output gradient, batch as channels: {@code gradW[o][c] = Σ_b x[b][c] ⋆ delta[b][o]},
 * which the same fast forward kernel runs. A plain ReLU's derivative is a step mask. Strided,
 * dilated, padded-"same", NHWC or noisy layers take DL4J's own path (and drop the input gradient).
 */
public class FirstConvolution extends ConvolutionLayer {

  private long handedOver;

  public FirstConvolution(NeuralNetConfiguration conf, DataType dataType) {
    super(conf, dataType);
  }

  @Override
  public Pair<Gradient, INDArray> backpropGradient(
      INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
    boolean masked = ReluMaskedGradient.take(epsilon) && plainRelu();
    if (!plain()) {
      Pair<Gradient, INDArray> stock = super.backpropGradient(epsilon, workspaceMgr);
      return new Pair<>(stock.getFirst(), null);
    }
    assertInputSet(true);
    INDArray delta;
    if (masked && epsilon.dataType() == dataType) {
      // The 2x2 max pooling behind this layer applied the ReLU's derivative already, in the
      // transposed order needed below: no pre-activation to recompute, no mask.
      delta = epsilon;
      handedOver++;
    } else {
      INDArray z = preOutput4d(true, true, workspaceMgr).getFirst();
      delta = delta(z, epsilon.castTo(z.dataType()));
    }
    INDArray x = input.castTo(dataType);

    long batch = x.size(0);
    long channels = x.size(1);
    long filters = delta.size(1);
    // The output gradient as weights [filters, batch, oh, ow], the input as [channels, batch, h,
    // w]: a valid convolution of the two is gradW with its first two axes swapped.
    // Temporaries live in DL4J's backprop working memory, reused from batch to batch.
    INDArray transposed = delta.permute(1, 0, 2, 3);
    INDArray kernels =
        cOrder(transposed)
            ? transposed
            : workspaceMgr.dup(ArrayType.BP_WORKING_MEM, transposed, 'c');
    INDArray images =
        channels == 1
            ? x.reshape('c', 1, batch, x.size(2), x.size(3))
            : workspaceMgr.dup(ArrayType.BP_WORKING_MEM, x.permute(1, 0, 2, 3), 'c');
    int[] kernel = layerConf().getKernelSize();
    int[] pad = layerConf().getPadding();
    INDArray swapped =
        workspaceMgr.createUninitialized(
            ArrayType.BP_WORKING_MEM,
            dataType,
            new long[] {channels, filters, kernel[0], kernel[1]},
            'c');
    Nd4j.exec(
        DynamicCustomOp.builder("conv2d")
            .addInputs(images, kernels)
            .addOutputs(swapped)
            // kH, kW, sH, sW, pH, pW, dH, dW, same mode, NCHW, weights [out, in, kH, kW]
            .addIntegerArguments(
                (int) delta.size(2), (int) delta.size(3), 1, 1, pad[0], pad[1], 1, 1, 0, 0, 1)
            .build());

    Gradient gradient = new DefaultGradient();
    INDArray weightGrad = gradientViews.get(ConvolutionParamInitializer.WEIGHT_KEY);
    weightGrad.assign(swapped.permute(1, 0, 2, 3));
    if (hasBias()) {
      INDArray biasGrad = gradientViews.get(ConvolutionParamInitializer.BIAS_KEY);
      biasGrad.assign(kernels.reshape('c', filters, -1).sum(1).reshape(biasGrad.shape()));
      gradient.setGradientFor(ConvolutionParamInitializer.BIAS_KEY, biasGrad);
    }
    gradient.setGradientFor(ConvolutionParamInitializer.WEIGHT_KEY, weightGrad, 'c');
    weightNoiseParams.clear();
    return new Pair<>(gradient, null);
  }

  /** How many backprops took their gradient masked and transposed from the pooling layer. */
  public long handedOver() {
    return handedOver;
  }

  private static boolean cOrder(INDArray array) {
    return array.ordering() == 'c' && Shape.hasDefaultStridesForShape(array);
  }

  /** True for a ReLU without threshold, slope or cap: its derivative is a step at zero. */
  boolean plainRelu() {
    return plainRelu(layerConf().getActivationFn());
  }

  static boolean plainRelu(IActivation activation) {
    return activation instanceof ActivationReLU relu
        && relu.getMax() == null
        && zeroOrUnset(relu.getThreshold())
        && zeroOrUnset(relu.getNegativeSlope());
  }

  /** The pre-activation's gradient; for a plain ReLU, epsilon where z > 0 (in place on z). */
  private INDArray delta(INDArray z, INDArray epsilon) {
    IActivation activation = layerConf().getActivationFn();
    if (plainRelu(activation)) {
      Nd4j.exec(new Step(z, z, 0.0));
      return z.muli(epsilon);
    }
    return activation.backprop(z, epsilon).getFirst();
  }

  private static boolean zeroOrUnset(Double value) {
    return value == null || value == 0.0;
  }

  private boolean plain() {
    var conf = layerConf();
    return conf.getCnn2dDataFormat() == CNN2DFormat.NCHW
        && convolutionMode != ConvolutionMode.Same
        && Arrays.equals(conf.getStride(), new int[] {1, 1})
        && Arrays.equals(conf.getDilation(), new int[] {1, 1})
        && conf.getIDropout() == null
        && conf.getWeightNoise() == null
        && maskArray == null;
  }
}
