package vn.hocsau.trainer.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the contract's CSV: a header row, an optional {@code id} column, numeric feature columns
 * and, in training files, a {@code label} column. Values are plain numbers, so no quoting rules are
 * needed; a quoted or non-numeric cell is reported with its line.
 */
final class CsvReader {

  /** One parsed file: the feature rows, the label cells (or null) and the ids. */
  record Table(float[][] features, double[] labels, List<String> ids) {}

  private CsvReader() {}

  static Table read(Path file, int featureCount, boolean withLabels) throws IOException {
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String headerLine = in.readLine();
      if (headerLine == null) {
        throw new IllegalStateException(file.getFileName() + " is empty");
      }
      List<String> header = Arrays.stream(headerLine.split(",", -1)).map(String::trim).toList();
      int idColumn = header.indexOf("id");
      int labelColumn = header.indexOf("label");
      if (withLabels && labelColumn < 0) {
        throw new IllegalStateException(file.getFileName() + " has no 'label' column");
      }
      int expected = featureCount + (idColumn >= 0 ? 1 : 0) + (labelColumn >= 0 ? 1 : 0);
      if (header.size() != expected) {
        throw new IllegalStateException(
            file.getFileName() + " has " + header.size() + " columns, expected " + expected);
      }
      List<float[]> rows = new ArrayList<>();
      List<Double> labels = new ArrayList<>();
      List<String> ids = new ArrayList<>();
      String line;
      int lineNumber = 1;
      while ((line = in.readLine()) != null) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split(",", -1);
        if (cells.length != expected) {
          throw new IllegalStateException(
              file.getFileName() + " line " + lineNumber + ": " + cells.length + " cells");
        }
        float[] row = new float[featureCount];
        int f = 0;
        for (int c = 0; c < cells.length; c++) {
          if (c == idColumn) {
            ids.add(cells[c].trim());
          } else if (c == labelColumn) {
            labels.add(number(cells[c], file, lineNumber));
          } else {
            row[f++] = (float) number(cells[c], file, lineNumber);
          }
        }
        if (idColumn < 0) {
          ids.add(Integer.toString(rows.size()));
        }
        rows.add(row);
      }
      double[] labelArray = labels.stream().mapToDouble(Double::doubleValue).toArray();
      return new Table(rows.toArray(float[][]::new), withLabels ? labelArray : null, ids);
    }
  }

  private static double number(String cell, Path file, int lineNumber) {
    try {
      return Double.parseDouble(cell.trim());
    } catch (NumberFormatException e) {
      throw new IllegalStateException(
          file.getFileName() + " line " + lineNumber + ": not a number: " + cell);
    }
  }
}
