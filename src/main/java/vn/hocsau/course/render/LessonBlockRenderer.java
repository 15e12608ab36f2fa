package vn.hocsau.course.render;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Our HTML for two block types: fenced code (highlighted, with a {@code language-…} class, or an
 * interactive {@link LessonFigure} when the fence says {@code figure <name>}) and tables (inside
 * the site's scrollable {@code div.table-wrap}, so a wide table never scrolls a 360 px page
 * sideways). Registered before the defaults, so it replaces them for these types only; table rows
 * and cells are still written by the tables extension.
 */
final class LessonBlockRenderer implements NodeRenderer {

  /** A fence's language word we are willing to echo into a class attribute. */
  private static final Pattern LANGUAGE = Pattern.compile("[a-z0-9][a-z0-9+#._-]{0,30}");

  private static final Map<String, String> TABLE_LABEL = Map.of("vi", "Bảng", "en", "Table");

  private final HtmlNodeRendererContext context;
  private final HtmlWriter html;
  private final String language;

  LessonBlockRenderer(HtmlNodeRendererContext context, String language) {
    this.context = context;
    this.html = context.getWriter();
    this.language = language;
  }

  @Override
  public Set<Class<? extends Node>> getNodeTypes() {
    return Set.of(FencedCodeBlock.class, TableBlock.class);
  }

  @Override
  public void render(Node node) {
    if (node instanceof FencedCodeBlock code) {
      renderCode(code);
    } else if (node instanceof TableBlock table) {
      renderTable(table);
    }
  }

  private void renderCode(FencedCodeBlock code) {
    var figure = LessonFigure.of(code.getInfo(), code.getLiteral());
    if (figure.isPresent()) {
      html.line();
      html.raw(figure.get().html(language));
      html.line();
      return;
    }
    String lang = infoWord(code.getInfo());
    html.line();
    html.raw("<pre><code");
    if (LANGUAGE.matcher(lang).matches()) {
      html.raw(" class=\"language-" + lang + "\"");
    }
    html.raw(">");
    html.raw(CodeHighlighter.highlight(code.getLiteral(), CodeLanguage.named(lang)));
    html.raw("</code></pre>");
    html.line();
  }

  private void renderTable(TableBlock table) {
    String label = TABLE_LABEL.getOrDefault(language, TABLE_LABEL.get("en"));
    html.line();
    html.raw("<div class=\"table-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"");
    html.raw(HtmlEscape.text(label) + "\">");
    html.raw("<table class=\"table\">");
    html.line();
    for (Node child = table.getFirstChild(); child != null; child = child.getNext()) {
      context.render(child);
    }
    html.raw("</table></div>");
    html.line();
  }

  private static String infoWord(String info) {
    if (info == null) {
      return "";
    }
    String word = info.strip().split("[\\s{]", 2)[0];
    return word.toLowerCase(Locale.ROOT);
  }
}
