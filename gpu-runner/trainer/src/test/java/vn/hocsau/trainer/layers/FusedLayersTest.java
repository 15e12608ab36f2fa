package vn.hocsau.trainer.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Path;
import org.deeplearning4j.gradientcheck.GradientCheckUtil;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.NoOp;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * The fused dense and softmax output layers against DL4J's own: the same gradients (checked
 * numerically, as DL4J checks its layers), the same weights after training, and a saved network
 * that loads back.
 */
class FusedLayersTest {

  private static final long SEED = 12345;

  static DenseLayer dense(int nIn, int nOut, Activation activation) {
    return new DenseLayer.Builder()
        .nIn(nIn)
        .nOut(nOut)
        .activation(activation)
        .weightInit(WeightInit.XAVIER)
        .build();
  }

  private static OutputLayer softmax(int nIn, int nOut) {
    return new OutputLayer.Builder(LossFunction.MCXENT)
        .nIn(nIn)
        .nOut(nOut)
        .activation(Activation.SOFTMAX)
        .weightInit(WeightInit.XAVIER)
        .build();
  }

  /** 6 → 5 (tanh) → 4 (elu) → 3 softmax, fused or stock. */
  private static MultiLayerNetwork mlp(
      boolean fused, DataType type, org.nd4j.linalg.learning.config.IUpdater updater) {
    Layer[] layers = {
      dense(6, 5, Activation.TANH), dense(5, 4, Activation.ELU), softmax(4, 3),
    };
    if (fused) {
      layers[0] = FusedDenseLayer.of((DenseLayer) layers[0], false);
      layers[1] = FusedDenseLayer.of((DenseLayer) layers[1], true);
      layers[2] = FusedSoftmaxOutputLayer.of((OutputLayer) layers[2], true);
    }
    NeuralNetConfiguration.ListBuilder list =
        new NeuralNetConfiguration.Builder().seed(SEED).dataType(type).updater(updater).list();
    for (Layer layer : layers) {
      list.layer(layer);
    }
    MultiLayerNetwork net =
        new MultiLayerNetwork(list.setInputType(InputType.feedForward(6)).build());
    net.init();
    return net;
  }

  /** [2, 6, 6] images → 3×3 convolution (3 filters) → dense 5 (tanh) → 3 softmax. */
  private static MultiLayerNetwork cnn(boolean fused, Activation convActivation) {
    ConvolutionLayer conv =
        new ConvolutionLayer.Builder(3, 3)
            .nOut(3)
            .activation(convActivation)
            .weightInit(WeightInit.XAVIER)
            .build();
    DenseLayer hidden = new DenseLayer.Builder().nOut(5).activation(Activation.TANH).build();
    OutputLayer output =
        new OutputLayer.Builder(LossFunction.MCXENT).nOut(3).activation(Activation.SOFTMAX).build();
    MultiLayerConfiguration conf =
        new NeuralNetConfiguration.Builder()
            .seed(SEED)
            .dataType(DataType.DOUBLE)
            .updater(new NoOp())
            .list()
            .layer(fused ? FirstConvolutionLayer.of(conv) : conv)
            .layer(fused ? FusedDenseLayer.of(hidden, true) : hidden)
            .layer(fused ? FusedSoftmaxOutputLayer.of(output, true) : output)
            .setInputType(InputType.convolutional(6, 6, 2))
            .build();
    MultiLayerNetwork net = new MultiLayerNetwork(conf);
    net.init();
    return net;
  }

  private static DataSet images(int examples, long seed) {
    Nd4j.getRandom().setSeed(seed);
    INDArray x = Nd4j.rand(DataType.DOUBLE, examples, 2, 6, 6).subi(0.5);
    INDArray y = Nd4j.zeros(DataType.DOUBLE, examples, 3);
    for (int i = 0; i < examples; i++) {
      y.putScalar(i, (i + seed) % 3, 1.0);
    }
    return new DataSet(x, y);
  }

  @Test
  void theFirstConvolutionPassesDl4jsGradientCheckAsTheStockOneDoes() {
    for (Activation activation : new Activation[] {Activation.TANH, Activation.RELU}) {
      DataSet data = images(4, 7);
      MultiLayerNetwork stock = cnn(false, activation);
      MultiLayerNetwork fused = cnn(true, activation);
      assertInstanceOf(FirstConvolution.class, fused.getLayer(0));

      assertTrue(gradientsMatch(stock, data), "the reference, " + activation);
      assertTrue(gradientsMatch(fused, data), activation.toString());
      stock.setInput(data.getFeatures());
      stock.setLabels(data.getLabels());
      stock.computeGradientAndScore();
      fused.setInput(data.getFeatures());
      fused.setLabels(data.getLabels());
      fused.computeGradientAndScore();
      assertTrue(
          stock.getFlattenedGradients().equalsWithEps(fused.getFlattenedGradients(), 1e-10),
          "the same gradients as DL4J's convolution, " + activation);
    }
  }

  /** [2, 6, 6] images → 3×3 convolution (3 filters) → 2×2 max pooling → dense 5 → 3 softmax. */
  private static MultiLayerNetwork pooled(boolean fused, Activation convActivation) {
    ConvolutionLayer conv =
        new ConvolutionLayer.Builder(3, 3)
            .nOut(3)
            .activation(convActivation)
            .weightInit(WeightInit.XAVIER)
            .build();
    SubsamplingLayer pool =
        new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX)
            .kernelSize(2, 2)
            .stride(2, 2)
            .build();
    DenseLayer hidden = new DenseLayer.Builder().nOut(5).activation(Activation.TANH).build();
    OutputLayer output =
        new OutputLayer.Builder(LossFunction.MCXENT).nOut(3).activation(Activation.SOFTMAX).build();
    MultiLayerConfiguration conf =
        new NeuralNetConfiguration.Builder()
            .seed(SEED)
            .dataType(DataType.DOUBLE)
            .updater(new NoOp())
            .list()
            .layer(fused ? FirstConvolutionLayer.of(conv) : conv)
            .layer(fused ? pooling(pool, convActivation == Activation.RELU) : pool)
            .layer(hidden)
            .layer(output)
            .setInputType(InputType.convolutional(6, 6, 2))
            .build();
    MultiLayerNetwork net = new MultiLayerNetwork(conf);
    net.init();
    return net;
  }

  private static MaxPooling2x2Layer pooling(SubsamplingLayer stock, boolean reluInput) {
    MaxPooling2x2Layer pooling = MaxPooling2x2Layer.of(stock);
    pooling.setReluInput(reluInput);
    return pooling;
  }

  @Test
  void maxPoolingPassesDl4jsGradientCheckAndMatchesTheStockGradients() {
    for (Activation activation : new Activation[] {Activation.TANH, Activation.RELU}) {
      DataSet data = images(4, 11);
      MultiLayerNetwork stock = pooled(false, activation);
      MultiLayerNetwork fused = pooled(true, activation);
      assertInstanceOf(MaxPooling2x2.class, fused.getLayer(1));

      if (activation == Activation.TANH) {
        // A ReLU's zeros tie inside windows, where a numerical gradient is not one.
        assertTrue(gradientsMatch(stock, data), "the reference");
        assertTrue(gradientsMatch(fused, data));
      }
      stock.setInput(data.getFeatures());
      stock.setLabels(data.getLabels());
      stock.computeGradientAndScore();
      fused.setInput(data.getFeatures());
      fused.setLabels(data.getLabels());
      fused.computeGradientAndScore();
      assertTrue(((MaxPooling2x2) fused.getLayer(1)).ranFast());
      assertEquals(
          activation == Activation.RELU ? 1 : 0,
          ((FirstConvolution) fused.getLayer(0)).handedOver(),
          "behind a ReLU the pooling layer hands over the masked gradient");
      assertEquals(stock.score(), fused.score(), 1e-12);
      assertTrue(
          stock.getFlattenedGradients().equalsWithEps(fused.getFlattenedGradients(), 1e-12),
          "the same gradients as DL4J's pooling, " + activation);
    }
  }

  /** A pooling network's layer 0 on its own: 2×2 max pooling, stride 2. */
  private static org.deeplearning4j.nn.api.Layer poolingLayer(boolean fused, DataType type) {
    SubsamplingLayer pool =
        new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX)
            .kernelSize(2, 2)
            .stride(2, 2)
            .build();
    MultiLayerConfiguration conf =
        new NeuralNetConfiguration.Builder()
            .dataType(type)
            .list()
            .layer(fused ? MaxPooling2x2Layer.of(pool) : pool)
            .layer(softmax(12, 3))
            .setInputType(InputType.convolutional(4, 6, 2))
            .build();
    MultiLayerNetwork net = new MultiLayerNetwork(conf);
    net.init();
    return net.getLayer(0);
  }

  @Test
  void maxPoolingPicksLibnd4jsWinnerAmongEqualValues() {
    // Few distinct values, so most windows hold ties: between equal positives, between -0.0 and
    // 0.0, between negatives. The output gradient differs everywhere, so a tie given to another
    // element than libnd4j's moves a value in the input gradient.
    double[] values = {-1.5, -0.0, 0.0, 0.25, 2.0};
    for (DataType type : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
      Nd4j.getRandom().setSeed(3);
      INDArray x = Nd4j.create(type, 3, 2, 4, 6);
      for (long i = 0; i < x.length(); i++) {
        x.putScalar(i, values[(int) ((i * 7 + i / 5) % values.length)]);
      }
      INDArray epsilon = Nd4j.rand(type, 3, 2, 2, 3).addi(1);
      LayerWorkspaceMgr noWorkspaces = LayerWorkspaceMgr.noWorkspaces();
      org.deeplearning4j.nn.api.Layer stock = poolingLayer(false, type);
      org.deeplearning4j.nn.api.Layer fused = poolingLayer(true, type);
      assertInstanceOf(MaxPooling2x2.class, fused);

      INDArray expected = stock.activate(x.dup(), true, noWorkspaces);
      INDArray actual = fused.activate(x.dup(), true, noWorkspaces);
      assertEquals(expected, actual, type.toString());
      INDArray expectedGradient = stock.backpropGradient(epsilon, noWorkspaces).getSecond();
      INDArray actualGradient = fused.backpropGradient(epsilon, noWorkspaces).getSecond();
      assertTrue(((MaxPooling2x2) fused).ranFast());
      // Floats on the native kernel (when loaded: the kernels-off run covers the Java loop),
      // doubles on the Java loop: the same rule in both.
      assertEquals(
          type == DataType.FLOAT && NativeKernels.loaded(),
          ((MaxPooling2x2) fused).ranNative(),
          type.toString());
      assertEquals(expectedGradient, actualGradient, type + ": " + x);
    }
  }

  @Test
  void maxPoolingPassesANaNOn() {
    // A diverged network's NaN must reach the loss (trainer_diverged), not be skipped.
    org.deeplearning4j.nn.api.Layer fused = poolingLayer(true, DataType.FLOAT);
    INDArray x = Nd4j.rand(DataType.FLOAT, 1, 2, 4, 6);
    x.putScalar(new long[] {0, 1, 2, 3}, Float.NaN);
    INDArray out = fused.activate(x, true, LayerWorkspaceMgr.noWorkspaces());
    assertTrue(Double.isNaN(out.getDouble(0, 1, 1, 1)));
    assertEquals(1, out.isNaN().castTo(DataType.INT).sumNumber().intValue());
  }

  @Test
  void maxPoolingOnAnOddSizeOrOutsideTrainingTakesDl4jsPath() {
    LayerWorkspaceMgr noWorkspaces = LayerWorkspaceMgr.noWorkspaces();
    org.deeplearning4j.nn.api.Layer stock = poolingLayer(false, DataType.DOUBLE);
    org.deeplearning4j.nn.api.Layer fused = poolingLayer(true, DataType.DOUBLE);
    INDArray odd = Nd4j.rand(DataType.DOUBLE, 2, 2, 5, 7);
    INDArray epsilon = Nd4j.rand(DataType.DOUBLE, 2, 2, 2, 3);
    assertEquals(
        stock.activate(odd.dup(), true, noWorkspaces), fused.activate(odd, true, noWorkspaces));
    assertEquals(
        stock.backpropGradient(epsilon, noWorkspaces).getSecond(),
        fused.backpropGradient(epsilon, noWorkspaces).getSecond());
    assertFalse(((MaxPooling2x2) fused).ranFast());
    INDArray even = Nd4j.rand(DataType.DOUBLE, 2, 2, 4, 6);
    assertEquals(
        stock.activate(even.dup(), false, noWorkspaces), fused.activate(even, false, noWorkspaces));
  }

  @Test
  void aSavedCnnLoadsBackWithItsPoolingLayer(@TempDir Path dir) throws Exception {
    MultiLayerNetwork fused = pooled(true, Activation.RELU);
    MultiLayerConfiguration conf = fused.getLayerWiseConfigurations();
    MultiLayerConfiguration read = MultiLayerConfiguration.fromJson(conf.toJson());
    assertEquals(conf.toJson(), read.toJson());
    assertInstanceOf(MaxPooling2x2Layer.class, read.getConf(1).getLayer());
    assertTrue(((MaxPooling2x2Layer) read.getConf(1).getLayer()).isReluInput());

    File zip = dir.resolve("cnn.zip").toFile();
    ModelSerializer.writeModel(fused, zip, true);
    MultiLayerNetwork loaded = ModelSerializer.restoreMultiLayerNetwork(zip, true);
    assertInstanceOf(MaxPooling2x2.class, loaded.getLayer(1));
    INDArray x = images(3, 5).getFeatures();
    assertEquals(fused.output(x), loaded.output(x));
    DataSet batch = images(4, 9);
    fused.setInput(batch.getFeatures());
    fused.setLabels(batch.getLabels());
    fused.computeGradientAndScore();
    loaded.setInput(batch.getFeatures());
    loaded.setLabels(batch.getLabels());
    loaded.computeGradientAndScore();
    assertEquals(fused.getFlattenedGradients(), loaded.getFlattenedGradients());
  }

  private static DataSet data(int examples, long seed, DataType type) {
    Nd4j.getRandom().setSeed(seed);
    INDArray x = Nd4j.rand(type, examples, 6).subi(0.5).muli(2);
    INDArray y = Nd4j.zeros(type, examples, 3);
    for (int i = 0; i < examples; i++) {
      y.putScalar(i, (i * 7 + seed) % 3, 1.0);
    }
    return new DataSet(x, y);
  }

  private static boolean gradientsMatch(MultiLayerNetwork net, DataSet data) {
    // GradientCheckUtil insists on double as ND4J's default type, not only the network's.
    DataType before = Nd4j.defaultFloatingPointType();
    Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
    try {
      return check(net, data);
    } finally {
      Nd4j.setDefaultDataTypes(before, before);
    }
  }

  private static boolean check(MultiLayerNetwork net, DataSet data) {
    return GradientCheckUtil.checkGradients(
        new GradientCheckUtil.MLNConfig()
            .net(net)
            .input(data.getFeatures())
            .labels(data.getLabels())
            .epsilon(1e-6)
            .maxRelError(1e-3)
            .minAbsoluteError(1e-8));
  }

  @Test
  void fusedLayersPassDl4jsGradientCheckAsTheStockLayersDo() {
    DataSet data = data(8, 1, DataType.DOUBLE);
    MultiLayerNetwork stock = mlp(false, DataType.DOUBLE, new NoOp());
    MultiLayerNetwork fused = mlp(true, DataType.DOUBLE, new NoOp());

    assertTrue(gradientsMatch(stock, data), "the reference: DL4J's own layers");
    assertTrue(gradientsMatch(fused, data));
    assertInstanceOf(FusedDense.class, fused.getLayer(0));
    assertInstanceOf(FusedSoftmaxOutput.class, fused.getLayer(2));
  }

  @Test
  void gradientsAndScoreEqualTheStockLayersOnTheSameWeights() {
    DataSet data = data(16, 2, DataType.DOUBLE);
    MultiLayerNetwork stock = mlp(false, DataType.DOUBLE, new NoOp());
    MultiLayerNetwork fused = mlp(true, DataType.DOUBLE, new NoOp());
    assertEquals(stock.params(), fused.params(), "same seed, same initial weights");

    stock.setInput(data.getFeatures());
    stock.setLabels(data.getLabels());
    stock.computeGradientAndScore();
    fused.setInput(data.getFeatures());
    fused.setLabels(data.getLabels());
    fused.computeGradientAndScore();

    assertEquals(stock.score(), fused.score(), 1e-12);
    INDArray expected = stock.getFlattenedGradients();
    INDArray actual = fused.getFlattenedGradients();
    assertTrue(
        expected.equalsWithEps(actual, 1e-12), "gradients differ: " + expected + " vs " + actual);
  }

  @Test
  void aDivergedNetworkScoresNotFiniteAsTheStockOneDoes() {
    // What a far too large learning rate leaves behind: weights that overflowed. The trainer stops
    // the job with trainer_diverged on a non-finite score; a clipped NaN must not pass for a loss.
    DataSet data = data(16, 2, DataType.FLOAT);
    for (boolean fused : new boolean[] {false, true}) {
      MultiLayerNetwork net = mlp(fused, DataType.FLOAT, new NoOp());
      net.getLayer(1).getParam("W").putScalar(0, 0, Float.POSITIVE_INFINITY);
      net.getLayer(1).getParam("W").putScalar(1, 0, Float.NEGATIVE_INFINITY);
      net.setInput(data.getFeatures());
      net.setLabels(data.getLabels());
      net.computeGradientAndScore();
      assertFalse(Double.isFinite(net.score()), (fused ? "fused" : "stock") + ": " + net.score());
    }
  }

  @Test
  void theFirstLayerReturnsNoInputGradientAndTheOthersDo() {
    MultiLayerNetwork fused = mlp(true, DataType.FLOAT, new NoOp());
    fused.initGradientsView();
    DataSet data = data(4, 3, DataType.FLOAT);
    LayerWorkspaceMgr noWorkspaces = LayerWorkspaceMgr.noWorkspaces();
    INDArray hidden = fused.getLayer(0).activate(data.getFeatures(), true, noWorkspaces);
    fused.getLayer(1).activate(hidden, true, noWorkspaces);

    assertNull(
        fused
            .getLayer(0)
            .backpropGradient(Nd4j.ones(DataType.FLOAT, 4, 5), noWorkspaces)
            .getSecond());
    assertNotNull(
        fused
            .getLayer(1)
            .backpropGradient(Nd4j.ones(DataType.FLOAT, 4, 4), noWorkspaces)
            .getSecond());
  }

  @Test
  void twentyAdamStepsFromTheSameSeedEndOnTheSameWeights() {
    MultiLayerNetwork stock = mlp(false, DataType.FLOAT, new Adam(1e-2));
    MultiLayerNetwork fused = mlp(true, DataType.FLOAT, new Adam(1e-2));
    for (int step = 0; step < 20; step++) {
      DataSet batch = data(32, 100 + step, DataType.FLOAT);
      stock.fit(batch);
      fused.fit(batch);
      assertEquals(stock.score(), fused.score(), 1e-5, "loss at step " + step);
    }
    INDArray moved = stock.params().sub(mlp(false, DataType.FLOAT, new Adam(1e-2)).params());
    assertTrue(moved.norm2Number().doubleValue() > 0.1, "training moved the weights");
    assertTrue(
        stock.params().equalsWithEps(fused.params(), 1e-5),
        "max difference " + stock.params().sub(fused.params()).amaxNumber());
  }

  @Test
  void aSavedNetworkLoadsBackWithItsFusedLayers(@TempDir Path dir) throws Exception {
    MultiLayerNetwork fused = mlp(true, DataType.FLOAT, new Adam(1e-3));
    fused.fit(data(16, 4, DataType.FLOAT));
    MultiLayerConfiguration conf = fused.getLayerWiseConfigurations();
    MultiLayerConfiguration read = MultiLayerConfiguration.fromJson(conf.toJson());
    assertEquals(conf.toJson(), read.toJson());
    assertInstanceOf(FusedSoftmaxOutputLayer.class, read.getConf(2).getLayer());
    assertTrue(conf.toJson().contains("\"inputGradient\" : false"), conf.toJson());

    File zip = dir.resolve("model.zip").toFile();
    ModelSerializer.writeModel(fused, zip, true);
    MultiLayerNetwork loaded = ModelSerializer.restoreMultiLayerNetwork(zip, true);

    FusedDenseLayer first =
        (FusedDenseLayer) loaded.getLayerWiseConfigurations().getConf(0).getLayer();
    assertEquals(false, first.isInputGradient());
    assertInstanceOf(FusedSoftmaxOutput.class, loaded.getLayer(2));
    INDArray x = data(5, 5, DataType.FLOAT).getFeatures();
    assertEquals(fused.output(x), loaded.output(x));
    loaded.fit(data(16, 6, DataType.FLOAT));
    fused.fit(data(16, 6, DataType.FLOAT));
    assertTrue(fused.params().equalsWithEps(loaded.params(), 1e-6), "updater state came back");
  }
}
