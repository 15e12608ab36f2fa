package vn.hocsau.content;

/**
 * How a YAML file of the format is bounded and how its problems are worded. Course files (course,
 * module, lesson front matter, quiz, path) and lab files ({@code lab.yaml}, {@code dataset.yaml})
 * were first read by two readers, and authors and their tools know both wordings, so the one reader
 * keeps each: {@code field 'x'} against {@code 'x'}, a duplicate's first line, the known fields
 * after an unknown one.
 */
public enum YamlStyle {
  /** Course files: large texts (whole quizzes), problems about {@code field 'x'}. */
  COURSE(2_000_000, 30),
  /**
   * Lab and dataset files: small, problems about {@code 'x'}, at the line of the value, an unknown
   * field listed with the known ones, and a repeated field keeping its last value.
   */
  LAB(200_000, 20);

  private final int maxCodePoints;
  private final int maxNesting;

  YamlStyle(int maxCodePoints, int maxNesting) {
    this.maxCodePoints = maxCodePoints;
    this.maxNesting = maxNesting;
  }

  int maxCodePoints() {
    return maxCodePoints;
  }

  int maxNesting() {
    return maxNesting;
  }

  /** How a field is named in a problem. */
  String field(String key) {
    return this == COURSE ? "field '" + key + "'" : "'" + key + "'";
  }
}
