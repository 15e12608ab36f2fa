package vn.hocsau.trainer.layers;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.OutputLayer;
import org.deeplearning4j.nn.params.DefaultParamInitializer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The runtime side of {@link FusedSoftmaxOutputLayer}. In training DL4J asks the output layer for
 * its gradient and then for the score, and its stock layer computes {@code input·W + b}, the
 * softmax and the loss's own copy of them twice. Here backprop computes them once: the
 * probabilities give the score (kept for the {@link #computeScore} call that follows) and then, in
 * place, the gradient {@code p − labels}, as DL4J's cross-entropy does. Masks, dropout and weight
 * noise take DL4J's own path.
 */
public class FusedSoftmaxOutput extends OutputLayer {

  private double dataScore;
  private INDArray scoredInput;
  private INDArray scoredLabels;
  private long nativeScores;

  public FusedSoftmaxOutput(NeuralNetConfiguration conf, DataType dataType) {
    super(conf, dataType);
  }

  @Override
  public Pair<Gradient, INDArray> backpropGradient(
      INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
    forget();
    if (!plain()) {
      return super.backpropGradient(epsilon, workspaceMgr);
    }
    assertInputSet(true);
    INDArray labels2d = getLabels2d(workspaceMgr, ArrayType.BP_WORKING_MEM);
    INDArray p = layerConf().getActivationFn().getActivation(preOutput2d(true, workspaceMgr), true);
    labels2d = labels2d.castTo(p.dataType());
    dataScore = crossEntropy(p, labels2d);
    scoredInput = input;
    scoredLabels = labels;

    INDArray delta = p.subi(labels2d);
    Pair<Gradient, INDArray> result =
        DenseGradients.of(
            delta,
            input,
            gradientViews,
            hasBias(),
            false,
            getParam(DefaultParamInitializer.WEIGHT_KEY),
            ((FusedSoftmaxOutputLayer) layerConf()).isInputGradient(),
            workspaceMgr);
    return result;
  }

  @Override
  public double computeScore(
      double fullNetRegTerm, boolean training, LayerWorkspaceMgr workspaceMgr) {
    boolean fresh = training && scoredInput == input && scoredLabels == labels && input != null;
    double data = dataScore;
    forget();
    if (!fresh) {
      return super.computeScore(fullNetRegTerm, training, workspaceMgr);
    }
    if (conf().isMiniBatch()) {
      data /= getInputMiniBatchSize();
    }
    score = data + fullNetRegTerm;
    return score;
  }

  /** True once a training score has been computed on the native kernel. */
  public boolean scoredNatively() {
    return nativeScores > 0;
  }

  @Override
  public void clear() {
    super.clear();
    forget();
  }

  /**
   * DL4J's {@code LossMCXENT} score, summed: probabilities clipped as it clips them. A diverged
   * network's NaN probabilities stay NaN: {@code max(NaN, eps)} is {@code eps} in libnd4j, which
   * would hide the divergence the trainer reports ({@code trainer_diverged}).
   */
  private double crossEntropy(INDArray p, INDArray labels2d) {
    double eps = ((LossMCXENT) layerConf().getLossFn()).getSoftmaxClipEps();
    if (NativeKernels.takes(p)
        && NativeKernels.takes(labels2d)
        && java.util.Arrays.equals(p.shape(), labels2d.shape())) {
      // One native pass where libnd4j runs six ops (a score for 64×10 probabilities cost 0.1 ms).
      nativeScores++;
      return NativeKernels.crossEntropy(
          NativeKernels.address(p), NativeKernels.address(labels2d), p.length(), (float) eps);
    }
    if (!Double.isFinite(p.sumNumber().doubleValue())) {
      return Double.NaN;
    }
    INDArray logP = Transforms.max(p, eps, true);
    if (eps > 0) {
      Transforms.min(logP, 1.0 - eps, false);
    }
    return -Transforms.log(logP, false).muli(labels2d).sumNumber().doubleValue();
  }

  private boolean plain() {
    var conf = layerConf();
    return conf.getIDropout() == null
        && conf.getWeightNoise() == null
        && maskArray == null
        && inputMaskArray == null;
  }

  private void forget() {
    scoredInput = null;
    scoredLabels = null;
  }
}
