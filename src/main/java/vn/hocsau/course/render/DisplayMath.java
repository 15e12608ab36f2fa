package vn.hocsau.course.render;

import org.commonmark.node.CustomBlock;

/** A block of TeX between lines that start and end with {@code $$}. */
final class DisplayMath extends CustomBlock {

  private String tex = "";

  String tex() {
    return tex;
  }

  void setTex(String tex) {
    this.tex = tex;
  }
}
