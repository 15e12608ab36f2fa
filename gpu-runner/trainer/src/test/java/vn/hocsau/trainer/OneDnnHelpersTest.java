package vn.hocsau.trainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import vn.hocsau.trainer.config.NetworkConfigParser;
import vn.hocsau.trainer.config.NetworkPlan;

/**
 * The oneDNN set-up must change speed, never results: a network with the helpers and the plain
 * pooling layers computes the same outputs and trains to the same weights as DL4J's stock layers.
 */
class OneDnnHelpersTest {

  static final String CNN =
      """
      seed: 7
      layers:
        - conv2d: {filters: 4, kernel: 3}
        - maxpool: {size: 2}
        - conv2d: {filters: 6, kernel: 3}
        - avgpool: {size: 2}
        - dense: {units: 8}
      """;

  @BeforeAll
  static void chooseNativeBuild() throws Exception {
    NativeSetup.configure();
  }

  @Test
  void helpersAndPlainPoolingTrainExactlyLikeTheStockLayers() {
    assumeTrue(OneDnnHelpers.available(), "the oneDNN build of ND4J is not loaded on this CPU");
    MultiLayerNetwork stock = network();
    MultiLayerNetwork fast = network();
    OneDnnHelpers.Status status = OneDnnHelpers.install(fast);
    assertEquals(4, status.installed(), "two convolutions and two pooling layers");
    assertTrue(fast.getLayer(1) instanceof PlainPoolingLayer);
    assertTrue(fast.getLayer(3) instanceof PlainPoolingLayer);
    assertSame(fast.getLayer(1), fast.getLayer(fast.getLayer(1).conf().getLayer().getLayerName()));

    Nd4j.getRandom().setSeed(3);
    INDArray x = Nd4j.rand(DataType.FLOAT, 16, 1, 14, 14);
    INDArray y = Nd4j.zeros(DataType.FLOAT, 16, 3);
    for (int i = 0; i < 16; i++) {
      y.putScalar(i, i % 3, 1f);
    }
    DataSet batch = new DataSet(x, y);
    assertTrue(stock.output(x).equalsWithEps(fast.output(x), 1e-5));

    for (int step = 0; step < 3; step++) {
      stock.fit(batch);
      fast.fit(batch);
    }
    assertTrue(
        stock.params().equalsWithEps(fast.params(), 1e-4),
        "same weights after three steps: max difference "
            + stock.params().sub(fast.params()).amaxNumber());
    assertEquals(List.of(), OneDnnHelpers.unused(fast), "every helper and plain layer ran");
  }

  @Test
  void aNetworkThatNeverTrainedReportsItsPoolingAsUnused() {
    assumeTrue(OneDnnHelpers.available(), "the oneDNN build of ND4J is not loaded on this CPU");
    MultiLayerNetwork net = network();
    OneDnnHelpers.install(net);
    List<String> unused = OneDnnHelpers.unused(net);
    assertTrue(unused.contains("1:SubsamplingLayer"), unused.toString());
    assertTrue(unused.contains("0:ConvolutionLayer"), unused.toString());
  }

  @Test
  void theFusedDslNetworkKeepsItsOwnMaxPoolingAndTrainsLikeTheStockLayers() {
    assumeTrue(OneDnnHelpers.available(), "the oneDNN build of ND4J is not loaded on this CPU");
    MultiLayerNetwork stock = network();
    MultiLayerNetwork fused = network(true);
    OneDnnHelpers.Status status = OneDnnHelpers.install(fused);
    assertEquals(3, status.installed(), "two convolutions and the average pooling");
    assertTrue(fused.getLayer(1) instanceof vn.hocsau.trainer.layers.MaxPooling2x2);
    assertTrue(fused.getLayer(3) instanceof PlainPoolingLayer);

    Nd4j.getRandom().setSeed(4);
    INDArray x = Nd4j.rand(DataType.FLOAT, 16, 1, 14, 14);
    INDArray y = Nd4j.zeros(DataType.FLOAT, 16, 3);
    for (int i = 0; i < 16; i++) {
      y.putScalar(i, i % 3, 1f);
    }
    for (int step = 0; step < 3; step++) {
      stock.fit(new DataSet(x, y));
      fused.fit(new DataSet(x, y));
    }
    assertTrue(
        stock.params().equalsWithEps(fused.params(), 1e-4),
        "max difference " + stock.params().sub(fused.params()).amaxNumber());
    assertEquals(List.of(), OneDnnHelpers.unused(fused));
    assertTrue(((vn.hocsau.trainer.layers.MaxPooling2x2) fused.getLayer(1)).ranFast());
  }

  /** The DSL's network on DL4J's stock layers, which the helpers are installed on. */
  private static MultiLayerNetwork network() {
    return network(false);
  }

  private static MultiLayerNetwork network(boolean fused) {
    NetworkPlan plan =
        new NetworkConfigParser("classification", 3, new int[] {1, 14, 14}, fused).parse(CNN);
    MultiLayerNetwork net = new MultiLayerNetwork(plan.conf());
    net.init();
    return net;
  }
}
