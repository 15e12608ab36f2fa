package vn.hocsau.content;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Splits a lesson file into its YAML front matter (between two {@code ---} lines at the top) and
 * its Markdown body, remembering where each starts so messages keep real line numbers.
 *
 * @param yaml the front matter, which starts on line 2 of the file
 * @param body the Markdown after the closing line
 * @param bodyLine the file line on which {@code body} starts
 */
record FrontMatter(String yaml, String body, int bodyLine) {

  /** Lines before the front matter: just the opening {@code ---}. */
  static final int YAML_LINE_OFFSET = 1;

  private static final String FENCE = "---";

  static Optional<FrontMatter> split(String text, Path file, Problems problems) {
    String[] lines = text.split("\n", -1);
    if (!lines[0].stripTrailing().equals(FENCE)) {
      problems.error(
          file, 1, "missing front matter: start the file with '---', title and minutes, '---'");
      return Optional.empty();
    }
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i].stripTrailing();
      if (line.equals(FENCE) || line.equals("...")) {
        String yaml = String.join("\n", Arrays.copyOfRange(lines, 1, i));
        String body = String.join("\n", Arrays.copyOfRange(lines, i + 1, lines.length));
        return Optional.of(new FrontMatter(yaml, body, i + 2));
      }
    }
    problems.error(file, 1, "front matter is not closed: add a line '---' after it");
    return Optional.empty();
  }
}
