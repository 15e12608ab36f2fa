package vn.hocsau.course.render;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The words of a Markdown tree, for heading titles and search: text, inline code and the TeX of
 * math, with spaces where blocks and lines meet. Raw HTML and code blocks are left out.
 */
final class PlainText extends AbstractVisitor {

  private final StringBuilder out = new StringBuilder();

  static String of(Node node) {
    PlainText text = new PlainText();
    node.accept(text);
    return text.out.toString().replaceAll("\\s+", " ").strip();
  }

  @Override
  public void visit(Text text) {
    out.append(text.getLiteral());
  }

  @Override
  public void visit(Code code) {
    out.append(code.getLiteral());
  }

  @Override
  public void visit(SoftLineBreak lineBreak) {
    out.append(' ');
  }

  @Override
  public void visit(HardLineBreak lineBreak) {
    out.append(' ');
  }

  @Override
  public void visit(FencedCodeBlock code) {
    out.append(' ');
  }

  @Override
  public void visit(IndentedCodeBlock code) {
    out.append(' ');
  }

  @Override
  public void visit(CustomNode node) {
    if (node instanceof InlineMath math) {
      out.append(math.tex());
    } else {
      visitChildren(node);
      out.append(' '); // table cells are custom nodes
    }
  }

  @Override
  public void visit(CustomBlock block) {
    if (block instanceof DisplayMath math) {
      out.append(' ').append(math.tex()).append(' ');
    } else {
      visitChildren(block);
    }
  }

  /** Words of two blocks (a heading and the paragraph after it) must not run together. */
  @Override
  protected void visitChildren(Node parent) {
    super.visitChildren(parent);
    if (parent instanceof Block) {
      out.append(' ');
    }
  }
}
