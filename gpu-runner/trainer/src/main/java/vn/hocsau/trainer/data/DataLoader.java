package vn.hocsau.trainer.data;

import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import vn.hocsau.trainer.JobSpec;

/** Loads a job's training and test data in the formats of docs/training-jobs.md. */
public final class DataLoader {

  private DataLoader() {}

  public static Examples train(JobSpec job) throws IOException {
    if (job.format().equals("idx")) {
      int[] count = new int[1];
      float[] values = IdxReader.images(job.file("train-features"), job.inputSize(), count);
      int[] labels = IdxReader.labels(job.file("train-labels"));
      if (labels.length != count[0]) {
        throw new IllegalStateException(
            "the training set has " + count[0] + " images but " + labels.length + " labels");
      }
      INDArray features = Nd4j.create(values, new long[] {count[0], job.inputSize()}, 'c');
      return new Examples(features, labelArray(job, labels), rowIds(count[0]));
    }
    CsvReader.Table table = CsvReader.read(job.file("train-features"), job.inputSize(), true);
    INDArray labels;
    if (job.classification()) {
      int[] classes = new int[table.labels().length];
      for (int i = 0; i < classes.length; i++) {
        classes[i] = (int) table.labels()[i];
        if (classes[i] != table.labels()[i]) {
          throw new IllegalStateException("label " + table.labels()[i] + " is not a class index");
        }
      }
      labels = labelArray(job, classes);
    } else {
      labels = Nd4j.create(table.labels(), new long[] {table.labels().length, 1}, DataType.FLOAT);
    }
    return new Examples(matrix(table.features()), labels, table.ids());
  }

  public static Examples test(JobSpec job) throws IOException {
    if (job.format().equals("idx")) {
      int[] count = new int[1];
      float[] values = IdxReader.images(job.file("test-features"), job.inputSize(), count);
      INDArray features = Nd4j.create(values, new long[] {count[0], job.inputSize()}, 'c');
      return new Examples(features, null, rowIds(count[0]));
    }
    CsvReader.Table table = CsvReader.read(job.file("test-features"), job.inputSize(), false);
    return new Examples(matrix(table.features()), null, table.ids());
  }

  private static INDArray labelArray(JobSpec job, int[] classes) {
    if (job.classification()) {
      return Examples.oneHot(classes, job.numClasses());
    }
    float[] values = new float[classes.length];
    for (int i = 0; i < classes.length; i++) {
      values[i] = classes[i];
    }
    return Nd4j.create(values, new long[] {classes.length, 1}, 'c');
  }

  private static INDArray matrix(float[][] rows) {
    if (rows.length == 0) {
      throw new IllegalStateException("the data file has no rows");
    }
    return Nd4j.create(rows).castTo(DataType.FLOAT);
  }

  private static List<String> rowIds(int count) {
    return IntStream.range(0, count).mapToObj(Integer::toString).toList();
  }
}
