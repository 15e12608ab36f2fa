package vn.hocsau.job.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff of two texts by longest common subsequence. The table is {@code O(n·m)}, so texts
 * longer than {@link #MAX_LINES} lines are not diffed line by line: the whole of one is shown as
 * removed and the other as added. Lines are plain text; the template escapes them.
 */
public final class LineDiff {

  /** Longest text, in lines, that gets a real diff (a 2000×2000 table is 16 MB of ints). */
  public static final int MAX_LINES = 2000;

  /** What happened to a line. */
  public enum Op {
    SAME,
    REMOVED,
    ADDED
  }

  /**
   * One line of the diff.
   *
   * @param left its line number in the first text, or 0 when added
   * @param right its line number in the second text, or 0 when removed
   */
  public record Line(Op op, int left, int right, String text) {

    /** The marker shown before the line: space, '-' or '+'. */
    public String marker() {
      return switch (op) {
        case SAME -> " ";
        case REMOVED -> "-";
        case ADDED -> "+";
      };
    }

    /** The CSS class of the row. */
    public String css() {
      return "diff-" + op.name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private LineDiff() {}

  /** The diff turning {@code a} into {@code b}; null texts count as empty. */
  public static List<Line> of(String a, String b) {
    String[] x = lines(a);
    String[] y = lines(b);
    if (x.length > MAX_LINES || y.length > MAX_LINES) {
      List<Line> out = new ArrayList<>();
      for (int i = 0; i < x.length; i++) {
        out.add(new Line(Op.REMOVED, i + 1, 0, x[i]));
      }
      for (int j = 0; j < y.length; j++) {
        out.add(new Line(Op.ADDED, 0, j + 1, y[j]));
      }
      return out;
    }
    // lcs[i][j]: length of the longest common subsequence of x[i..] and y[j..].
    int[][] lcs = new int[x.length + 1][y.length + 1];
    for (int i = x.length - 1; i >= 0; i--) {
      for (int j = y.length - 1; j >= 0; j--) {
        lcs[i][j] =
            x[i].equals(y[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<Line> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < x.length || j < y.length) {
      if (i < x.length && j < y.length && x[i].equals(y[j])) {
        out.add(new Line(Op.SAME, i + 1, j + 1, x[i]));
        i++;
        j++;
      } else if (i < x.length && (j == y.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
        out.add(new Line(Op.REMOVED, i + 1, 0, x[i]));
        i++;
      } else {
        out.add(new Line(Op.ADDED, 0, j + 1, y[j]));
        j++;
      }
    }
    return out;
  }

  private static String[] lines(String text) {
    if (text == null || text.isEmpty()) {
      return new String[0];
    }
    String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    return body.split("\\r?\\n", -1);
  }
}
