package vn.hocsau.grading;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The validating half of {@link PredictionScorer}: reads the header and then one row at a time,
 * checking each against the rules and the answer key, and remembers on which line each id was seen
 * (for duplicates and missing ids).
 */
final class PredictionRows {

  private final PredictionLines lines;
  private final AnswerKey key;
  private final PredictionFormat format;
  private final String[] columns;
  private final CsvFields fields;
  private Map<String, Integer> rowOfId;
  private int expectedRow;
  private final int[] firstLine;
  private final double[] values;
  private int seen;
  private int row;

  PredictionRows(PredictionLines lines, AnswerKey key, PredictionFormat format) {
    this.lines = lines;
    this.key = key;
    this.format = format;
    this.columns = columns(format, key.numClasses());
    this.fields = new CsvFields(columns.length);
    this.firstLine = new int[key.size()];
    this.values = new double[columns.length - 1];
  }

  /** The header this format expects, e.g. {@code id,p0,p1,p2}. */
  static String[] columns(PredictionFormat format, int numClasses) {
    if (format != PredictionFormat.PROBABILITIES) {
      return new String[] {"id", "prediction"};
    }
    String[] names = new String[numClasses + 1];
    names[0] = "id";
    for (int c = 0; c < numClasses; c++) {
      names[c + 1] = "p" + c;
    }
    return names;
  }

  void readHeader() throws IOException, PredictionFileException {
    String header = nextNonBlank();
    if (header == null) {
      throw new PredictionFileException(PredictionProblem.EMPTY, 0);
    }
    int found = fields.split(header);
    boolean same = found == columns.length;
    for (int i = 0; same && i < found; i++) {
      same = columns[i].equals(fields.get(i));
    }
    if (!same) {
      throw new PredictionFileException(
          PredictionProblem.BAD_HEADER,
          lines.lineNumber(),
          String.join(",", columns),
          shorten(header));
    }
  }

  /** Reads and checks the next row; false at the end of the file. */
  boolean next() throws IOException, PredictionFileException {
    String text = nextNonBlank();
    if (text == null) {
      return false;
    }
    long line = lines.lineNumber();
    int found = fields.split(text);
    if (found != columns.length) {
      throw new PredictionFileException(
          PredictionProblem.WRONG_COLUMNS, line, columns.length, found);
    }
    String id = fields.get(0);
    Integer index = rowOf(id);
    if (index == null) {
      throw new PredictionFileException(PredictionProblem.UNKNOWN_ID, line, shorten(id));
    }
    if (firstLine[index] != 0) {
      throw new PredictionFileException(
          PredictionProblem.DUPLICATE_ID, line, id, (long) firstLine[index]);
    }
    firstLine[index] = (int) line;
    readValues(line);
    seen++;
    row = index;
    return true;
  }

  /**
   * The key row of {@code id}, or null. Trainers usually write the test ids in the key's order, so
   * the row after the last one found is tried first; the hash index (1M entries cost about as much
   * as reading the file) is only built when a file leaves that order.
   */
  private Integer rowOf(String id) {
    if (expectedRow < key.size() && key.ids().get(expectedRow).equals(id)) {
      return expectedRow++;
    }
    if (rowOfId == null) {
      rowOfId = new HashMap<>(key.size() * 4 / 3 + 1);
      for (int i = 0; i < key.size(); i++) {
        rowOfId.put(key.ids().get(i), i);
      }
    }
    Integer index = rowOfId.get(id);
    if (index != null) {
      expectedRow = index + 1;
    }
    return index;
  }

  int row() {
    return row;
  }

  double[] values() {
    return values;
  }

  void requireAllIds() throws PredictionFileException {
    if (seen == key.size()) {
      return;
    }
    for (int i = 0; i < firstLine.length; i++) {
      if (firstLine[i] == 0) {
        throw new PredictionFileException(
            PredictionProblem.MISSING_IDS, 0, key.size() - seen, key.ids().get(i));
      }
    }
  }

  private void readValues(long line) throws PredictionFileException {
    double sum = 0;
    for (int c = 0; c < values.length; c++) {
      String text = fields.get(c + 1);
      String column = columns[c + 1];
      double v = NumberField.parse(text, column, line);
      if (!inRange(v)) {
        throw new PredictionFileException(
            PredictionProblem.OUT_OF_RANGE, line, column, shorten(text));
      }
      values[c] = v;
      sum += v;
    }
    if (format == PredictionFormat.PROBABILITIES
        && Math.abs(sum - 1) > PredictionScorer.PROBABILITY_SUM_TOLERANCE) {
      throw new PredictionFileException(PredictionProblem.BAD_PROBABILITY_SUM, line, sum);
    }
  }

  private boolean inRange(double v) {
    return switch (format) {
      case LABELS -> v == Math.rint(v) && v >= 0 && v < key.numClasses();
      case PROBABILITIES -> v >= 0 && v <= 1;
      case VALUES -> true;
    };
  }

  private String nextNonBlank() throws IOException, PredictionFileException {
    String text;
    do {
      text = lines.next();
    } while (text != null && text.isBlank());
    return text;
  }

  /** Echoed text is cut short: it comes from the learner's file and ends up on a page. */
  static String shorten(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "…";
  }
}
