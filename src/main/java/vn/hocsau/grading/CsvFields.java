package vn.hocsau.grading;

/**
 * Splits one line of a predictions file at commas, reusing its array. Predictions files are numeric
 * and need no quoting; a field wrapped whole in double quotes ({@code "12"}) is unwrapped, as some
 * CSV writers quote ids, but quotes inside a field are not interpreted: such a field stays as
 * written and is then refused as an unknown id or not a number. A comma inside quotes is therefore
 * a column separator. Spaces around a field are ignored.
 */
final class CsvFields {

  private String[] fields;
  private int count;

  CsvFields(int expected) {
    fields = new String[Math.max(expected, 1) + 1];
  }

  /** Splits {@code line}; returns how many fields it has. */
  int split(String line) {
    count = 0;
    int start = 0;
    while (true) {
      int comma = line.indexOf(',', start);
      int end = comma < 0 ? line.length() : comma;
      add(field(line, start, end));
      if (comma < 0) {
        return count;
      }
      start = comma + 1;
    }
  }

  String get(int i) {
    return fields[i];
  }

  private void add(String field) {
    if (count == fields.length) {
      fields = java.util.Arrays.copyOf(fields, count * 2);
    }
    fields[count++] = field;
  }

  private static String field(String line, int start, int end) {
    while (start < end && line.charAt(start) == ' ') {
      start++;
    }
    while (end > start && line.charAt(end - 1) == ' ') {
      end--;
    }
    if (end - start >= 2
        && line.charAt(start) == '"'
        && line.charAt(end - 1) == '"'
        && line.indexOf('"', start + 1) == end - 1) {
      start++;
      end--;
    }
    return line.substring(start, end);
  }
}
