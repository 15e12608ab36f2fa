package vn.hocsau.trainer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import vn.hocsau.trainer.data.Examples;

/**
 * Batches are copied row by row into native buffers: every example must arrive exactly once per
 * epoch, with its own label, in the shape the first layer reads.
 */
class BatchesTest {

  private static final int ROWS = 10;
  private static final int COLUMNS = 12;

  @BeforeAll
  static void chooseNativeBuild() throws Exception {
    NativeSetup.configure();
  }

  /** Row i holds 100*i + column in its features and the class i % 3, one-hot. */
  private static Examples examples() {
    float[][] features = new float[ROWS][COLUMNS];
    float[][] labels = new float[ROWS][3];
    for (int i = 0; i < ROWS; i++) {
      for (int c = 0; c < COLUMNS; c++) {
        features[i][c] = 100 * i + c;
      }
      labels[i][i % 3] = 1;
    }
    return new Examples(
        Nd4j.create(features),
        Nd4j.create(labels),
        IntStream.range(0, ROWS).mapToObj(Integer::toString).toList());
  }

  private static List<DataSet> epoch(Batches batches) {
    List<DataSet> all = new ArrayList<>();
    while (batches.hasNext()) {
      all.add(batches.next());
    }
    return all;
  }

  @Test
  void everyRowArrivesOnceWithItsOwnLabelAndTheLastBatchIsShort() {
    Batches batches = new Batches(examples(), new InputLayout(InputLayout.Kind.FLAT, null), 4, 1);
    for (int round = 0; round < 2; round++) {
      List<DataSet> all = epoch(batches);
      assertEquals(List.of(4L, 4L, 2L), all.stream().map(b -> b.getFeatures().size(0)).toList());
      Set<Integer> seen = new HashSet<>();
      for (DataSet batch : all) {
        INDArray x = batch.getFeatures();
        INDArray y = batch.getLabels();
        assertEquals(DataType.FLOAT, x.dataType());
        assertArrayEquals(new long[] {x.size(0), COLUMNS}, x.shape());
        for (int r = 0; r < x.size(0); r++) {
          int row = (int) x.getFloat(r, 0) / 100;
          for (int c = 0; c < COLUMNS; c++) {
            assertEquals(100 * row + c, x.getFloat(r, c), "row " + row + ", column " + c);
          }
          assertEquals(row % 3, y.getRow(r).argMax().getInt(0), "the label of row " + row);
          seen.add(row);
        }
      }
      assertEquals(ROWS, seen.size(), "every row once in round " + round);
      batches.reset();
    }
  }

  @Test
  void theOrderIsShuffledBySeedAndImagesGetTheirShape() {
    InputLayout image = new InputLayout(InputLayout.Kind.IMAGE, new int[] {1, 3, 4});
    List<Float> one = firstColumn(new Batches(examples(), image, ROWS, 1));
    assertEquals(one, firstColumn(new Batches(examples(), image, ROWS, 1)), "same seed");
    assertNotEquals(one, firstColumn(new Batches(examples(), image, ROWS, 2)), "other seed");

    INDArray x = new Batches(examples(), image, 4, 1).next().getFeatures();
    assertArrayEquals(new long[] {4, 1, 3, 4}, x.shape());
    float first = x.getFloat(0, 0, 0, 0);
    assertEquals(first + 5, x.getFloat(0, 0, 1, 1), "c-order rows: pixel (1, 1) is column 5");
  }

  private static List<Float> firstColumn(Batches batches) {
    INDArray x = batches.next().getFeatures();
    List<Float> values = new ArrayList<>();
    for (int r = 0; r < x.size(0); r++) {
      values.add(x.getFloat(r, 0, 0, 0));
    }
    return values;
  }

  @Test
  void reusedBuffersAlternateAndStillCarryEveryRowOnce() {
    InputLayout flat = new InputLayout(InputLayout.Kind.FLAT, null);
    Batches batches = new Batches(examples(), flat, 3, 1).reusingBuffers();
    Set<Integer> seen = new HashSet<>();
    List<Long> addresses = new ArrayList<>();
    while (batches.hasNext()) {
      DataSet batch = batches.next();
      INDArray x = batch.getFeatures();
      addresses.add(x.data().address());
      // Read each batch before taking the next: the one after next overwrites it.
      for (int r = 0; r < x.size(0); r++) {
        int row = (int) x.getFloat(r, 0) / 100;
        assertEquals(row % 3, batch.getLabels().getRow(r).argMax().getInt(0));
        assertTrue(seen.add(row), "row " + row + " twice");
      }
    }
    assertEquals(ROWS, seen.size());
    // Batches of 3, 3, 3 and the short 1: two buffers in turn, then a new one for the short batch.
    assertEquals(addresses.get(0), addresses.get(2));
    assertNotEquals(addresses.get(0), addresses.get(1));
    assertEquals(3, new HashSet<>(addresses).size());
    batches.reset();
    // The next epoch goes on alternating: not the buffer of the last full batch (the third).
    assertEquals(addresses.get(1), batches.next().getFeatures().data().address(), "next epoch");
  }

  @Test
  void trainingOnReusedBuffersGivesTheSameWeights() {
    // DL4J's fit lets go of a batch before the one after next: same seed, same weights, bit for
    // bit.
    Examples data = examples();
    MultiLayerNetwork fresh = smallNet();
    MultiLayerNetwork reused = smallNet();
    for (int epoch = 0; epoch < 3; epoch++) {
      Batches a = new Batches(data, new InputLayout(InputLayout.Kind.FLAT, null), 3, epoch);
      Batches b = new Batches(data, new InputLayout(InputLayout.Kind.FLAT, null), 3, epoch);
      fresh.fit(a);
      reused.fit(b.reusingBuffers());
    }
    assertTrue(fresh.params().sub(smallNet().params()).norm2Number().doubleValue() > 0, "trained");
    assertEquals(fresh.params(), reused.params());
  }

  private static MultiLayerNetwork smallNet() {
    MultiLayerNetwork net =
        new MultiLayerNetwork(
            new NeuralNetConfiguration.Builder()
                .seed(7)
                .dataType(DataType.FLOAT)
                .updater(new Adam(0.01))
                .list()
                .layer(
                    new DenseLayer.Builder()
                        .nIn(COLUMNS)
                        .nOut(5)
                        .activation(Activation.RELU)
                        .build())
                .layer(
                    new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT)
                        .nOut(3)
                        .activation(Activation.SOFTMAX)
                        .build())
                .setInputType(InputType.feedForward(COLUMNS))
                .build());
    net.init();
    return net;
  }
}
