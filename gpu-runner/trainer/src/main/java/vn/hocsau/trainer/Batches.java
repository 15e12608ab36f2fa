package vn.hocsau.trainer;

import java.util.List;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.DataSetPreProcessor;
import org.nd4j.linalg.dataset.api.iterator.DataSetIterator;
import vn.hocsau.trainer.data.Examples;

/**
 * Mini-batches over in-memory examples, reshuffled with a seeded generator at every reset, so a run
 * is repeatable. Each batch is shaped by the network's {@link InputLayout}.
 */
public final class Batches implements DataSetIterator {

  private final Examples examples;
  private final InputLayout layout;
  private final int batchSize;
  private final Random random;
  private final int[] order;
  private int position;
  private DataSetPreProcessor preProcessor;

  public Batches(Examples examples, InputLayout layout, int batchSize, long seed) {
    this.examples = examples;
    this.layout = layout;
    this.batchSize = batchSize;
    this.random = new Random(seed);
    this.order = new int[examples.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    shuffle();
  }

  private void shuffle() {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
  }

  @Override
  public DataSet next(int num) {
    int end = Math.min(order.length, position + num);
    int[] rows = java.util.Arrays.copyOfRange(order, position, end);
    position = end;
    INDArray features = layout.shape(examples.features().getRows(rows));
    DataSet batch = new DataSet(features, examples.labels().getRows(rows));
    if (preProcessor != null) {
      preProcessor.preProcess(batch);
    }
    return batch;
  }

  @Override
  public DataSet next() {
    return next(batchSize);
  }

  @Override
  public boolean hasNext() {
    return position < order.length;
  }

  @Override
  public void reset() {
    position = 0;
    shuffle();
  }

  @Override
  public int inputColumns() {
    return (int) examples.features().size(1);
  }

  @Override
  public int totalOutcomes() {
    return (int) examples.labels().size(1);
  }

  @Override
  public boolean resetSupported() {
    return true;
  }

  @Override
  public boolean asyncSupported() {
    // Batches are cheap copies of in-memory rows; a prefetch thread would only compete for CPU.
    return false;
  }

  @Override
  public int batch() {
    return batchSize;
  }

  @Override
  public void setPreProcessor(DataSetPreProcessor preProcessor) {
    this.preProcessor = preProcessor;
  }

  @Override
  public DataSetPreProcessor getPreProcessor() {
    return preProcessor;
  }

  @Override
  public List<String> getLabels() {
    return null;
  }

  /** Examples per epoch. */
  public int size() {
    return order.length;
  }
}
