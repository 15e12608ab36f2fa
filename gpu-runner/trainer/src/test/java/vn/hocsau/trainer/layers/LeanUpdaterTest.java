package vn.hocsau.trainer.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.deeplearning4j.nn.conf.GradientNormalization;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/** The lean updater follows DL4J's own updater step for step, and steps aside when it must. */
class LeanUpdaterTest {

  /**
   * 6 → 8 (relu) → [batch norm] → 3 softmax on the fused layers, Adam; {@code extra} configures.
   */
  private static MultiLayerNetwork net(
      boolean batchNorm, Consumer<NeuralNetConfiguration.Builder> extra) {
    NeuralNetConfiguration.Builder builder =
        new NeuralNetConfiguration.Builder()
            .seed(42)
            .dataType(DataType.FLOAT)
            .updater(new Adam(1e-2));
    extra.accept(builder);
    NeuralNetConfiguration.ListBuilder list =
        builder
            .list()
            .layer(
                FusedDenseLayer.of(
                    new DenseLayer.Builder()
                        .nIn(6)
                        .nOut(8)
                        .activation(Activation.RELU)
                        .weightInit(WeightInit.RELU)
                        .build(),
                    false));
    if (batchNorm) {
      list.layer(new BatchNormalization.Builder().build());
    }
    list.layer(
        FusedSoftmaxOutputLayer.of(
            new OutputLayer.Builder(LossFunction.MCXENT)
                .nOut(3)
                .activation(Activation.SOFTMAX)
                .build(),
            true));
    MultiLayerConfiguration conf = list.setInputType(InputType.feedForward(6)).build();
    MultiLayerNetwork net = new MultiLayerNetwork(conf);
    net.init();
    return net;
  }

  private static DataSet batch(int step) {
    Nd4j.getRandom().setSeed(500 + step);
    INDArray x = Nd4j.rand(DataType.FLOAT, 32, 6).subi(0.5).muli(3);
    INDArray y = Nd4j.zeros(DataType.FLOAT, 32, 3);
    for (int i = 0; i < 32; i++) {
      y.putScalar(i, (i * 5 + step) % 3, 1f);
    }
    return new DataSet(x, y);
  }

  /** Trains both networks on the same batches and checks they stay equal. */
  private static void assertSameTrajectory(
      MultiLayerNetwork stock, MultiLayerNetwork lean, int steps) {
    INDArray start = stock.params().dup();
    for (int step = 0; step < steps; step++) {
      stock.fit(batch(step));
      lean.fit(batch(step));
      assertEquals(stock.score(), lean.score(), 1e-6, "loss at step " + step);
    }
    assertTrue(stock.params().sub(start).norm2Number().doubleValue() > 0.05, "training moved");
    assertTrue(
        stock.params().equalsWithEps(lean.params(), 1e-6),
        "max difference " + stock.params().sub(lean.params()).amaxNumber());
    INDArray state = stock.getUpdater().getStateViewArray();
    if (state != null) {
      assertTrue(
          state.equalsWithEps(lean.getUpdater().getStateViewArray(), 1e-6), "the updater's state");
    }
  }

  @Test
  void twentyAdamStepsFollowDl4jsUpdaterExactly() {
    for (boolean batchNorm : new boolean[] {false, true}) {
      assertLeanFollowsStock(batchNorm, b -> {});
    }
    // ... on the native Adam kernel (when loaded), against DL4J's updater on libnd4j's op.
    MultiLayerNetwork lean = net(false, b -> {});
    LeanUpdater.install(lean);
    assertEquals(NativeKernels.loaded(), ((LeanUpdater) lean.getUpdater()).isNativeAdam());
  }

  @Test
  void sgdStepsFollowDl4jsUpdaterExactly() {
    // Adam does not see the division by the minibatch size (it scales its moments alike); SGD does.
    assertLeanFollowsStock(false, b -> b.updater(new Sgd(0.5)));
    MultiLayerNetwork sgd = net(false, b -> b.updater(new Sgd(0.5)));
    LeanUpdater.install(sgd);
    assertFalse(((LeanUpdater) sgd.getUpdater()).isNativeAdam(), "SGD keeps DL4J's updater");
  }

  private static void assertLeanFollowsStock(
      boolean batchNorm, Consumer<NeuralNetConfiguration.Builder> setting) {
    MultiLayerNetwork stock = net(batchNorm, setting);
    MultiLayerNetwork lean = net(batchNorm, setting);
    LeanUpdater.install(lean);
    LeanUpdater updater = assertInstanceOf(LeanUpdater.class, lean.getUpdater());
    assertTrue(updater.isLean());
    assertSameTrajectory(stock, lean, 20);
  }

  @Test
  void regularisationOrGradientNormalisationKeepDl4jsPath() {
    java.util.List<Consumer<NeuralNetConfiguration.Builder>> settings =
        java.util.List.of(
            b -> b.l2(0.05),
            b -> b.weightDecay(0.05),
            b -> b.l1Bias(0.05),
            b ->
                b.gradientNormalization(GradientNormalization.ClipElementWiseAbsoluteValue)
                    .gradientNormalizationThreshold(0.01));
    for (var setting : settings) {
      MultiLayerNetwork stock = net(false, setting);
      MultiLayerNetwork lean = net(false, setting);
      LeanUpdater.install(lean);
      assertFalse(((LeanUpdater) lean.getUpdater()).isLean());
      assertSameTrajectory(stock, lean, 10);
    }
  }

  @Test
  void installingMidwayKeepsAdamsStateAndASavedNetworkLoadsItBack(@TempDir Path dir)
      throws Exception {
    MultiLayerNetwork stock = net(false, b -> {});
    MultiLayerNetwork lean = net(false, b -> {});
    for (int step = 0; step < 5; step++) {
      stock.fit(batch(step));
      lean.fit(batch(step));
    }
    LeanUpdater.install(lean);
    assertSameTrajectory(stock, lean, 5);

    File zip = dir.resolve("lean.zip").toFile();
    ModelSerializer.writeModel(lean, zip, true);
    MultiLayerNetwork loaded = ModelSerializer.restoreMultiLayerNetwork(zip, true);
    assertNotSame(LeanUpdater.class, loaded.getUpdater().getClass(), "DL4J's own updater");
    assertEquals(lean.getUpdater().getStateViewArray(), loaded.getUpdater().getStateViewArray());
    LeanUpdater.install(loaded);
    for (int step = 5; step < 10; step++) {
      lean.fit(batch(step));
      loaded.fit(batch(step));
    }
    assertTrue(lean.params().equalsWithEps(loaded.params(), 1e-6));
  }
}
