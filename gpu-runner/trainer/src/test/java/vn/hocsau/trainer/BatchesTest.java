package vn.hocsau.trainer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
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
}
