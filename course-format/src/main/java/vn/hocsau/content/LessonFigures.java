package vn.hocsau.content;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The interactive figures a lesson may ask for with a fenced block {@code ```figure <name>} (the
 * page's {@code figures.js} builds them), and the check that every such block names one of them: an
 * unknown name would otherwise show as a code block, silently.
 */
public final class LessonFigures {

  /** The figures the site can build. */
  public static final Set<String> NAMES =
      Set.of("neuron", "gradient-descent", "convolution", "training-2d");

  private static final Pattern FENCE = Pattern.compile("^ {0,3}(?:`{3,}|~{3,})\\s*figure\\b(.*)$");

  private LessonFigures() {}

  /**
   * Reports each figure fence of {@code body} (starting at file line {@code firstLine}) that names
   * no known figure.
   */
  static void check(String body, int firstLine, Path file, Problems problems) {
    String[] lines = body.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher m = FENCE.matcher(lines[i]);
      if (!m.matches()) {
        continue;
      }
      String[] words = m.group(1).strip().split("\\s+");
      if (words.length != 1 || !NAMES.contains(words[0])) {
        problems.error(
            file,
            firstLine + i,
            "a figure block names one known figure: ```figure <name>, one of "
                + new TreeSet<>(NAMES));
      }
    }
  }
}
