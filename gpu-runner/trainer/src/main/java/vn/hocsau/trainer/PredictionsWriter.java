package vn.hocsau.trainer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Writes {@code predictions.csv} in the job's {@code output} format: {@code probabilities} ({@code
 * id,p0,…,p{k-1}}), {@code labels} ({@code id,prediction} with the class index) or {@code values}
 * ({@code id,prediction}).
 */
final class PredictionsWriter {

  private PredictionsWriter() {}

  static void write(Path file, String output, List<String> ids, INDArray predictions)
      throws IOException {
    int columns = (int) predictions.size(1);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("id");
      if (output.equals("probabilities")) {
        for (int k = 0; k < columns; k++) {
          out.write(",p" + k);
        }
      } else {
        out.write(",prediction");
      }
      out.write('\n');
      float[][] rows = predictions.toFloatMatrix();
      for (int i = 0; i < ids.size(); i++) {
        out.write(ids.get(i));
        float[] row = rows[i];
        switch (output) {
          case "probabilities" -> {
            for (float p : row) {
              out.write(',');
              out.write(Float.toString(p));
            }
          }
          case "labels" -> out.write("," + argMax(row));
          default -> out.write("," + row[0]);
        }
        out.write('\n');
      }
    }
  }

  private static int argMax(float[] row) {
    int best = 0;
    for (int k = 1; k < row.length; k++) {
      if (row[k] > row[best]) {
        best = k;
      }
    }
    return best;
  }
}
