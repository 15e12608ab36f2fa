package vn.hocsau.trainer.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import vn.hocsau.trainer.layers.FirstConvolutionLayer;
import vn.hocsau.trainer.layers.FusedDense;
import vn.hocsau.trainer.layers.FusedDenseLayer;
import vn.hocsau.trainer.layers.FusedSoftmaxOutput;
import vn.hocsau.trainer.layers.FusedSoftmaxOutputLayer;
import vn.hocsau.trainer.layers.InputFlattening;
import vn.hocsau.trainer.layers.MaxPooling2x2;
import vn.hocsau.trainer.layers.MaxPooling2x2Layer;
import vn.hocsau.trainer.layers.NativeKernels;

/** The DSL builds its networks on the fused layers, and they train as DL4J's own layers do. */
class FusedDslNetworksTest {

  private static final int[] IMAGE = {1, 8, 8};
  private static final String MLP = "batchSize: 16\nseed: 7\nlayers:\n  - dense: {units: 12}\n";
  private static final String CNN =
      """
      batchSize: 16
      seed: 7
      layers:
        - conv2d: {filters: 3, kernel: 3, padding: valid}
        - maxpool: {size: 2}
        - conv2d: {filters: 4, kernel: 2, padding: valid}
        - dense: {units: 10}
      """;

  private static MultiLayerNetwork net(String yaml, boolean fused) {
    NetworkPlan plan = new NetworkConfigParser("classification", 3, IMAGE, fused).parse(yaml);
    MultiLayerNetwork net = new MultiLayerNetwork(plan.conf());
    net.init();
    return net;
  }

  private static DataSet batch(long seed) {
    Nd4j.getRandom().setSeed(seed);
    INDArray x = Nd4j.rand(DataType.FLOAT, 16, 1, 8, 8);
    INDArray y = Nd4j.zeros(DataType.FLOAT, 16, 3);
    for (int i = 0; i < 16; i++) {
      y.putScalar(i, (int) ((i + seed) % 3), 1f);
    }
    return new DataSet(x, y);
  }

  /** Trains both for 20 steps and compares them; returns the fused network. */
  private static MultiLayerNetwork assertSameTraining(String yaml) {
    MultiLayerNetwork stock = net(yaml, false);
    MultiLayerNetwork fused = net(yaml, true);
    assertEquals(stock.params(), fused.params());
    for (int step = 0; step < 20; step++) {
      DataSet batch = batch(step);
      // The same dropout masks for both networks.
      Nd4j.getRandom().setSeed(1000 + step);
      stock.fit(batch);
      Nd4j.getRandom().setSeed(1000 + step);
      fused.fit(batch);
      assertEquals(stock.score(), fused.score(), 1e-5, "loss at step " + step);
    }
    assertTrue(
        stock.params().equalsWithEps(fused.params(), 1e-5),
        "max difference " + stock.params().sub(fused.params()).amaxNumber());
    return fused;
  }

  @Test
  void anMlpOnImagesIsFusedFromItsFirstLayerAndTrainsAsTheStockOne() {
    MultiLayerConfiguration conf = net(MLP, true).getLayerWiseConfigurations();
    FusedDenseLayer first = assertInstanceOf(FusedDenseLayer.class, conf.getConf(0).getLayer());
    assertFalse(first.isInputGradient(), "nothing reads the first layer's input gradient");
    assertInstanceOf(InputFlattening.class, conf.getInputPreProcess(0));
    FusedSoftmaxOutputLayer output =
        assertInstanceOf(FusedSoftmaxOutputLayer.class, conf.getConf(1).getLayer());
    assertTrue(output.isInputGradient());

    MultiLayerNetwork trained = assertSameTraining(MLP);
    // On the native kernels when they are loaded; the kernels-off run covers libnd4j's ops.
    boolean kernels = NativeKernels.loaded();
    assertEquals(kernels, ((FusedDense) trained.getLayer(0)).ranNative(), "dense on the kernels");
    assertEquals(kernels, ((FusedSoftmaxOutput) trained.getLayer(1)).scoredNatively());
  }

  @Test
  void aCnnGetsFusedDenseAndOutputLayersAndTrainsAsTheStockOne() {
    MultiLayerConfiguration conf = net(CNN, true).getLayerWiseConfigurations();
    assertInstanceOf(FirstConvolutionLayer.class, conf.getConf(0).getLayer());
    MaxPooling2x2Layer pooling =
        assertInstanceOf(MaxPooling2x2Layer.class, conf.getConf(1).getLayer());
    assertTrue(pooling.isReluInput(), "behind the first convolution's ReLU");
    assertSame(ConvolutionLayer.class, conf.getConf(2).getLayer().getClass());
    FusedDenseLayer dense = assertInstanceOf(FusedDenseLayer.class, conf.getConf(3).getLayer());
    assertTrue(dense.isInputGradient());

    MultiLayerNetwork trained = assertSameTraining(CNN);
    boolean kernels = NativeKernels.loaded();
    assertEquals(kernels, ((MaxPooling2x2) trained.getLayer(1)).ranNative(), "pooling");
    assertEquals(kernels, ((FusedDense) trained.getLayer(3)).ranNative(), "dense");
    assertTrue(((MaxPooling2x2) trained.getLayer(1)).ranFast(), "the fast path either way");
  }

  @Test
  void aStridedOrPaddedFirstConvolutionFallsBackToDl4jsGradients() {
    assertSameTraining(
        "seed: 7\nlayers:\n  - conv2d: {filters: 3, kernel: 3, stride: 2, padding: valid}\n");
    assertSameTraining("seed: 7\nlayers:\n  - conv2d: {filters: 3, kernel: 3, padding: same}\n");
    String stridedThenPooled =
        """
        seed: 7
        layers:
          - conv2d: {filters: 3, kernel: 2, stride: 2, padding: valid}
          - maxpool: {size: 2}
        """;
    MaxPooling2x2Layer pooling =
        assertInstanceOf(
            MaxPooling2x2Layer.class,
            net(stridedThenPooled, true).getLayerWiseConfigurations().getConf(1).getLayer());
    assertFalse(pooling.isReluInput(), "the strided convolution masks its own gradient");
    assertSameTraining(stridedThenPooled);
  }

  @Test
  void otherPoolingKeepsDl4jsLayerAndOddSizesTrainAsTheStockOnes() {
    String pools =
        """
        seed: 7
        layers:
          - conv2d: {filters: 3, kernel: 2, padding: valid}
          - maxpool: {size: 2}
          - avgpool: {size: 2}
        """;
    MultiLayerConfiguration conf = net(pools, true).getLayerWiseConfigurations();
    // 8×8 → 7×7: the 2×2 layer meets an odd size and takes DL4J's path at run time, behind a ReLU
    // convolution that then masks its gradient itself.
    assertTrue(
        assertInstanceOf(MaxPooling2x2Layer.class, conf.getConf(1).getLayer()).isReluInput());
    assertSame(SubsamplingLayer.class, conf.getConf(2).getLayer().getClass());
    SubsamplingLayer overlapping =
        new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX)
            .kernelSize(3, 3)
            .stride(1, 1)
            .build();
    assertSame(overlapping, FusedLayers.swap(overlapping, false));
    assertSameTraining(pools);
  }

  @Test
  void fusedDenseLayersNextToLayersThatChangeTheirInputTrainAsTheStockOnes() {
    assertSameTraining(
        """
        seed: 7
        layers:
          - dense: {units: 12}
          - dropout: {rate: 0.3}
          - dense: {units: 10, activation: tanh}
          - batchnorm: {}
          - dense: {units: 8}
        """);
  }

  @Test
  void behindAnyOtherPreprocessorTheFirstLayerKeepsItsInputGradient() {
    MultiLayerConfiguration sequences =
        new org.deeplearning4j.nn.conf.NeuralNetConfiguration.Builder()
            .list()
            .layer(FusedLayers.swap(new DenseLayer.Builder().nOut(4).build(), true))
            .layer(FusedLayers.swap(softmax(), false))
            .setInputType(org.deeplearning4j.nn.conf.inputs.InputType.recurrent(3, 5))
            .build();
    MultiLayerConfiguration flatImages =
        new org.deeplearning4j.nn.conf.NeuralNetConfiguration.Builder()
            .list()
            .layer(FusedLayers.swap(new ConvolutionLayer.Builder(3, 3).nOut(2).build(), true))
            .layer(FusedLayers.swap(softmax(), false))
            .setInputType(org.deeplearning4j.nn.conf.inputs.InputType.convolutionalFlat(6, 6, 1))
            .build();
    assertFalse(((FusedDenseLayer) sequences.getConf(0).getLayer()).isInputGradient());
    assertInstanceOf(FirstConvolutionLayer.class, flatImages.getConf(0).getLayer());

    FusedLayers.fixFirstLayerInput(sequences);
    FusedLayers.fixFirstLayerInput(flatImages);

    assertTrue(((FusedDenseLayer) sequences.getConf(0).getLayer()).isInputGradient());
    assertSame(ConvolutionLayer.class, flatImages.getConf(0).getLayer().getClass());
    MultiLayerNetwork net = new MultiLayerNetwork(flatImages);
    net.init();
    INDArray y = Nd4j.zeros(DataType.FLOAT, 4, 3);
    y.putScalar(0, 1, 1f);
    net.fit(new DataSet(Nd4j.rand(DataType.FLOAT, 4, 36), y));
    assertTrue(Double.isFinite(net.score()));
  }

  private static OutputLayer softmax() {
    return new OutputLayer.Builder(org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction.MCXENT)
        .nOut(3)
        .activation(org.nd4j.linalg.activations.Activation.SOFTMAX)
        .build();
  }

  @Test
  void learnersReadDl4jsLayerNamesInMemoryEstimates() {
    MultiLayerConfiguration conf = net(MLP, true).getLayerWiseConfigurations();
    NetworkMemory.Need need =
        NetworkMemory.of(conf, org.deeplearning4j.nn.conf.inputs.InputType.convolutional(8, 8, 1))
            .need(true, 16);
    assertTrue(need.largestType().equals("DenseLayer") || need.largestType().equals("OutputLayer"));
  }

  @Test
  void regressionKeepsDl4jsOutputLayer() {
    NetworkPlan plan =
        new NetworkConfigParser("regression", 1, new int[] {5})
            .parse("layers:\n  - dense: {units: 4}\n");
    assertSame(OutputLayer.class, plan.conf().getConf(1).getLayer().getClass());
  }
}
