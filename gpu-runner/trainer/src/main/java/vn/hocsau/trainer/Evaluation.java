package vn.hocsau.trainer;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import vn.hocsau.trainer.data.Examples;

/** Predictions in batches, and the two metrics learners see: accuracy and RMSE. */
public final class Evaluation {

  /** Examples per prediction batch. */
  static final int BATCH = 512;

  private Evaluation() {}

  /** The network's outputs for every example, in order. */
  public static INDArray predict(MultiLayerNetwork net, INDArray features, InputLayout layout) {
    long n = features.size(0);
    INDArray[] parts = new INDArray[(int) ((n + BATCH - 1) / BATCH)];
    for (int b = 0; b < parts.length; b++) {
      long from = (long) b * BATCH;
      long to = Math.min(n, from + BATCH);
      INDArray rows = features.get(NDArrayIndex.interval(from, to), NDArrayIndex.all());
      parts[b] = net.output(layout.shape(rows.dup()), false).detach();
      MemoryGuard.process().check();
    }
    return parts.length == 1 ? parts[0] : Nd4j.vstack(parts);
  }

  /** Accuracy for classification, RMSE for regression, over at most {@code limit} examples. */
  public static double metric(
      MultiLayerNetwork net,
      Examples examples,
      InputLayout layout,
      boolean classification,
      int limit) {
    int n = Math.min(limit, examples.size());
    INDArray features = examples.features();
    INDArray labels = examples.labels();
    if (n < examples.size()) {
      features = features.get(NDArrayIndex.interval(0, n), NDArrayIndex.all());
      labels = labels.get(NDArrayIndex.interval(0, n), NDArrayIndex.all());
    }
    INDArray out = predict(net, features, layout);
    if (classification) {
      INDArray predicted = Nd4j.argMax(out, 1);
      INDArray actual = Nd4j.argMax(labels, 1);
      return predicted
          .eq(actual)
          .castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT)
          .meanNumber()
          .doubleValue();
    }
    INDArray error = out.castTo(labels.dataType()).sub(labels);
    return Math.sqrt(error.mul(error).meanNumber().doubleValue());
  }
}
