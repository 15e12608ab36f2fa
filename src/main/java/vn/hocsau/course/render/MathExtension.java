package vn.hocsau.course.render;

import java.util.Set;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Math for KaTeX in the browser. The TeX leaves the server as escaped text inside the elements that
 * {@code frontend/src/js/math.js} typesets on its own: {@code span.math} holding {@code \(…\)} and
 * {@code div.math.math-display} holding {@code \[…\]}. Both classes are in KaTeX's ignored list, so
 * auto-render never reads them a second time; without JavaScript the reader sees the TeX.
 */
final class MathExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

  @Override
  public void extend(Parser.Builder builder) {
    builder.customInlineContentParserFactory(new InlineMathParser.Factory());
    builder.customBlockParserFactory(new DisplayMathParser.Factory());
  }

  @Override
  public void extend(HtmlRenderer.Builder builder) {
    builder.nodeRendererFactory(MathRenderer::new);
  }

  /** Writes math nodes as the elements math.js expects. */
  private static final class MathRenderer implements NodeRenderer {
    private final HtmlWriter html;

    MathRenderer(HtmlNodeRendererContext context) {
      this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
      return Set.of(InlineMath.class, DisplayMath.class);
    }

    @Override
    public void render(Node node) {
      if (node instanceof DisplayMath block) {
        html.line();
        html.raw(
            "<div class=\"math math-display\">\\[" + HtmlEscape.text(block.tex()) + "\\]</div>");
        html.line();
      } else if (node instanceof InlineMath math && math.display()) {
        html.raw(
            "<span class=\"math math-display\">\\[" + HtmlEscape.text(math.tex()) + "\\]</span>");
      } else if (node instanceof InlineMath math) {
        html.raw("<span class=\"math\">\\(" + HtmlEscape.text(math.tex()) + "\\)</span>");
      }
    }
  }
}
