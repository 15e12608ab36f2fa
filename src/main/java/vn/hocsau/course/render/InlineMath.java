package vn.hocsau.course.render;

import org.commonmark.node.CustomNode;

/**
 * TeX written inline in a paragraph: {@code $…$}, or {@code $$…$$} in running text (then shown in
 * display style). The source is kept verbatim, so Markdown never sees its underscores or stars.
 */
final class InlineMath extends CustomNode {

  private final String tex;
  private final boolean display;

  InlineMath(String tex, boolean display) {
    this.tex = tex;
    this.display = display;
  }

  String tex() {
    return tex;
  }

  boolean display() {
    return display;
  }
}
