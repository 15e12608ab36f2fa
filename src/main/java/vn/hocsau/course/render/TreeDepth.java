package vn.hocsau.course.render;

import org.commonmark.node.Node;

/**
 * How deeply Markdown nests. Rendering walks the tree recursively, so 50,000 nested quotes ({@code
 * >>>>…}) would overflow the stack, and the parser spends time quadratic in the number of
 * containers opened on one line; the renderer refuses such a document instead. Both checks are
 * linear and use no recursion.
 */
final class TreeDepth {

  /** Deeper than any real lesson; far below what the default thread stack can render. */
  static final int MAX = 100;

  private TreeDepth() {}

  /**
   * Whether one line opens more than {@code max} block quotes or list items before its text ({@code
   * > > - 1. > …}), checked on the source before parsing.
   */
  static boolean exceedsOnOneLine(String markdown, int max) {
    int containers = 0;
    int i = 0;
    while (i < markdown.length()) {
      char c = markdown.charAt(i);
      int marker = c == '>' ? 1 : listMarkerLength(markdown, i);
      if (marker > 0) {
        if (++containers > max) {
          return true;
        }
        i += marker;
      } else if (c == ' ' || c == '\t') {
        i++;
      } else {
        int eol = markdown.indexOf('\n', i);
        i = eol < 0 ? markdown.length() : eol + 1;
        containers = 0;
      }
    }
    return false;
  }

  /**
   * The length of a list marker and its space at {@code i} ({@code "- "}, {@code "12. "}), or 0.
   */
  private static int listMarkerLength(String s, int i) {
    int j = i;
    while (j < s.length() && j - i < 9 && Character.isDigit(s.charAt(j))) {
      j++;
    }
    boolean ordered = j > i && j < s.length() && (s.charAt(j) == '.' || s.charAt(j) == ')');
    boolean bullet = j == i && j < s.length() && "-*+".indexOf(s.charAt(j)) >= 0;
    if (!ordered && !bullet) {
      return 0;
    }
    j++;
    return j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\t') ? j + 1 - i : 0;
  }

  /** Whether some node of {@code root} lies more than {@code max} levels below it. */
  static boolean exceeds(Node root, int max) {
    Node node = root;
    int depth = 0;
    while (node != null) {
      if (node.getFirstChild() != null) {
        node = node.getFirstChild();
        if (++depth > max) {
          return true;
        }
        continue;
      }
      while (node != root && node.getNext() == null) {
        node = node.getParent();
        depth--;
      }
      node = node == root ? null : node.getNext();
    }
    return false;
  }
}
