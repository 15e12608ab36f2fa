package vn.hocsau.trainer.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * The fused dense and softmax layers on the native kernels (bias, kept pre-activation and ReLU in
 * one pass; ReLU's mask with the bias gradient; the cross-entropy score) against DL4J's own layers
 * on libnd4j's ops, in float as jobs train.
 */
class NativeDenseTest {

  /** 6 → 8 (ReLU) → 5 (identity) → 3 softmax, float; fused or DL4J's stock layers. */
  private static MultiLayerNetwork net(boolean fused) {
    DenseLayer first = FusedLayersTest.dense(6, 8, Activation.RELU);
    DenseLayer second = FusedLayersTest.dense(8, 5, Activation.IDENTITY);
    OutputLayer output =
        new OutputLayer.Builder(LossFunction.MCXENT)
            .nIn(5)
            .nOut(3)
            .activation(Activation.SOFTMAX)
            .weightInit(WeightInit.XAVIER)
            .build();
    MultiLayerNetwork net =
        new MultiLayerNetwork(
            new NeuralNetConfiguration.Builder()
                .seed(99)
                .dataType(DataType.FLOAT)
                .updater(new Adam(0.02))
                .list()
                .layer(fused ? FusedDenseLayer.of(first, false) : first)
                .layer(fused ? FusedDenseLayer.of(second, true) : second)
                .layer(fused ? FusedSoftmaxOutputLayer.of(output, true) : output)
                .setInputType(InputType.feedForward(6))
                .build());
    net.init();
    return net;
  }

  private static DataSet batch(int step) {
    Nd4j.getRandom().setSeed(700 + step);
    INDArray x = Nd4j.rand(DataType.FLOAT, 16, 6).subi(0.5).muli(4);
    INDArray y = Nd4j.zeros(DataType.FLOAT, 16, 3);
    for (int i = 0; i < 16; i++) {
      y.putScalar(i, (i + step) % 3, 1f);
    }
    return new DataSet(x, y);
  }

  private static void gradients(MultiLayerNetwork net, DataSet data) {
    net.setInput(data.getFeatures());
    net.setLabels(data.getLabels());
    net.computeGradientAndScore();
  }

  private static void assertClose(
      INDArray expected, INDArray actual, double tolerance, String what) {
    double worst = expected.sub(actual).amaxNumber().doubleValue();
    double scale = Math.max(expected.amaxNumber().doubleValue(), 1e-30);
    assertTrue(worst <= tolerance * scale, what + ": worst " + worst + " of " + scale);
  }

  private static void assertRanNative(MultiLayerNetwork fused) {
    assertTrue(((FusedDense) fused.getLayer(0)).ranNative(), "layer 0 on the kernels");
    // Identity: a native forward pass; its backprop has no mask to apply.
    assertTrue(((FusedDense) fused.getLayer(1)).ranNativeForward(), "layer 1 (identity) forward");
    assertTrue(((FusedSoftmaxOutput) fused.getLayer(2)).scoredNatively(), "the score");
  }

  @Test
  void gradientsAndScoreMatchDl4jsLayers() {
    MultiLayerNetwork stock = net(false);
    MultiLayerNetwork fused = net(true);
    DataSet data = batch(0);
    gradients(stock, data);
    gradients(fused, data);
    assertEquals(stock.score(), fused.score(), 1e-6 * stock.score());
    assertClose(stock.getFlattenedGradients(), fused.getFlattenedGradients(), 1e-6, "gradients");
    assertRanNative(fused);
    assertEquals(
        stock.output(data.getFeatures()), fused.output(data.getFeatures()), "inference is DL4J's");
  }

  @Test
  void twentyAdamStepsGiveTheSameWeights() {
    MultiLayerNetwork stock = net(false);
    MultiLayerNetwork fused = net(true);
    LeanUpdater.install(fused);
    INDArray start = stock.params().dup();
    for (int step = 0; step < 20; step++) {
      stock.fit(batch(step));
      fused.fit(batch(step));
      assertEquals(stock.score(), fused.score(), 1e-5 * stock.score(), "loss at step " + step);
    }
    assertTrue(stock.params().sub(start).norm2Number().doubleValue() > 0.1, "training moved");
    assertClose(stock.params(), fused.params(), 1e-5, "weights");
    assertTrue(((FusedDense) fused.getLayer(0)).ranNative());
  }

  @Test
  void zeroPreActivationsGetNoGradientAsLibnd4jsReluGivesThem() {
    // The first layer's weights and bias 0: its every pre-activation is exactly 0, relu(0) = 0,
    // and no gradient flows back through it although the layers above send one.
    MultiLayerNetwork stock = net(false);
    MultiLayerNetwork fused = net(true);
    stock.getLayer(0).params().assign(0);
    fused.getLayer(0).params().assign(0);
    DataSet data = batch(1);
    gradients(stock, data);
    gradients(fused, data);
    assertEquals(stock.getFlattenedGradients(), fused.getFlattenedGradients());
    assertEquals(0.0, fused.getLayer(0).getGradientsViewArray().amaxNumber().doubleValue());
    assertTrue(((FusedDense) fused.getLayer(0)).ranNative());
    assertEquals(stock.score(), fused.score(), 1e-6 * stock.score());
  }

  @Test
  void saturatedProbabilitiesAreClippedAndNanStaysNan() {
    MultiLayerNetwork stock = net(false);
    MultiLayerNetwork fused = net(true);
    // Huge output weights: probabilities of exactly 0 and 1, clipped by the loss's epsilon.
    stock.getLayer(2).getParam("W").muli(1e4);
    fused.getLayer(2).getParam("W").muli(1e4);
    DataSet data = batch(2);
    gradients(stock, data);
    gradients(fused, data);
    assertTrue(Double.isFinite(fused.score()) && fused.score() > 1, "clipped: " + fused.score());
    assertEquals(stock.score(), fused.score(), 1e-5 * stock.score());
    assertRanNative(fused);

    // A diverged network: NaN in, NaN score out (the trainer stops with trainer_diverged).
    stock.getLayer(0).getParam("W").putScalar(0, 0, Float.NaN);
    fused.getLayer(0).getParam("W").putScalar(0, 0, Float.NaN);
    gradients(stock, data);
    gradients(fused, data);
    assertTrue(Double.isNaN(stock.score()), "the reference");
    assertTrue(Double.isNaN(fused.score()), "fused: " + fused.score());
  }
}
