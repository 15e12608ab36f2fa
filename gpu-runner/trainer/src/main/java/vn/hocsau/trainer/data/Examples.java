package vn.hocsau.trainer.data;

import java.util.List;
import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Examples held in memory: flat features {@code [n, inputSize]}, labels {@code [n, k]} (one-hot for
 * classification, one column for regression; {@code null} for test data) and the ids to write back
 * in predictions.
 */
public record Examples(INDArray features, INDArray labels, List<String> ids) {

  public int size() {
    return (int) features.size(0);
  }

  public DataSet toDataSet() {
    return new DataSet(features, labels);
  }

  /**
   * Splits off a seeded random {@code fraction} for validation; returns {@code [train,
   * validation]}. Fewer than 10 examples are too few to hold any back, and the validation part is
   * then {@code null}.
   */
  public Examples[] holdOut(double fraction, long seed) {
    int n = size();
    int held = (int) Math.floor(n * fraction);
    if (n < 10 || held < 1) {
      return new Examples[] {this, null};
    }
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    Random random = new Random(seed);
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    int[] validation = java.util.Arrays.copyOfRange(order, 0, held);
    int[] train = java.util.Arrays.copyOfRange(order, held, n);
    java.util.Arrays.sort(validation);
    java.util.Arrays.sort(train);
    return new Examples[] {rows(train), rows(validation)};
  }

  private Examples rows(int[] rows) {
    List<String> rowIds = java.util.Arrays.stream(rows).mapToObj(ids::get).toList();
    return new Examples(
        gather(features, rows), labels == null ? null : gather(labels, rows), rowIds);
  }

  /** The given rows as a new matrix; far faster than {@code INDArray.getRows} for many rows. */
  static INDArray gather(INDArray matrix, int[] rows) {
    int columns = (int) matrix.size(1);
    float[] source = matrix.castTo(DataType.FLOAT).dup('c').data().asFloat();
    float[] target = new float[rows.length * columns];
    for (int i = 0; i < rows.length; i++) {
      System.arraycopy(source, rows[i] * columns, target, i * columns, columns);
    }
    return Nd4j.create(target, new long[] {rows.length, columns}, 'c');
  }

  /** One-hot rows for class indices, checked against {@code numClasses}. */
  static INDArray oneHot(int[] classes, int numClasses) {
    float[][] rows = new float[classes.length][numClasses];
    for (int i = 0; i < classes.length; i++) {
      if (classes[i] < 0 || classes[i] >= numClasses) {
        throw new IllegalStateException(
            "label " + classes[i] + " of example " + i + " is outside 0.." + (numClasses - 1));
      }
      rows[i][classes[i]] = 1f;
    }
    return Nd4j.create(rows).castTo(DataType.FLOAT);
  }
}
