package vn.hocsau.course.render;

import jakarta.enterprise.context.ApplicationScoped;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.Extension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Turns lesson Markdown into safe HTML: CommonMark with GFM tables and footnotes, {@code $…$} and
 * {@code $$…$$} math for KaTeX, highlighted fenced code, lesson-relative images and anchored
 * headings; then everything passes {@link LessonSanitizer}, so raw HTML in a lesson is allowed but
 * only as far as the allow-list goes. The same renderer serves pages, the editor's live preview and
 * quiz text. Pure and thread-safe; {@link LessonHtmlCache} keeps the results.
 */
@ApplicationScoped
public class LessonRenderer {

  private static final List<Extension> EXTENSIONS =
      List.of(TablesExtension.create(), FootnotesExtension.create(), new MathExtension());

  private static final Map<String, String> BACK_TO_REFERENCE =
      Map.of("vi", "Quay lại chỗ tham chiếu ", "en", "Back to reference ");

  private final Parser parser =
      Parser.builder()
          .extensions(EXTENSIONS)
          .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
          .build();

  /** Renders {@code markdown} (null counts as empty) for a page described by {@code ctx}. */
  public RenderedLesson render(String markdown, RenderContext ctx) {
    String text = normalize(markdown);
    if (TreeDepth.exceedsOnOneLine(text, TreeDepth.MAX)) {
      return tooDeep(text);
    }
    try {
      return renderChecked(text, ctx);
    } catch (StackOverflowError e) {
      // CommonMark's inline parser recurses on some nestings ("*" x N, "a", "*" x N) that no
      // cheap check finds before parsing. The stack has unwound by now; refuse the lesson.
      return tooDeep(text);
    }
  }

  private RenderedLesson renderChecked(String text, RenderContext ctx) {
    Node document = parser.parse(text);
    if (TreeDepth.exceeds(document, TreeDepth.MAX)) {
      return tooDeep(text);
    }
    List<RenderedLesson.Problem> problems = new ArrayList<>();
    LessonImageLinks.rewrite(document, ctx, problems);
    Map<Node, String> ids = new IdentityHashMap<>();
    List<RenderedLesson.Heading> headings = anchorHeadings(document, ids);
    String html = htmlRenderer(ctx, ids).render(document);
    return new RenderedLesson(LessonSanitizer.sanitize(html), headings, problems);
  }

  /** The words of {@code markdown} without markup, for full-text search. */
  public String plainText(String markdown) {
    String text = normalize(markdown);
    if (TreeDepth.exceedsOnOneLine(text, TreeDepth.MAX)) {
      return "";
    }
    try {
      Node document = parser.parse(text);
      return TreeDepth.exceeds(document, TreeDepth.MAX) ? "" : PlainText.of(document);
    } catch (StackOverflowError e) {
      return ""; // as in render: a pathological nesting
    }
  }

  /** The source as escaped text, so the author still sees what to fix. */
  private static RenderedLesson tooDeep(String markdown) {
    String html = "<pre>" + HtmlEscape.text(markdown) + "</pre>";
    String message = "not rendered: Markdown nested more than " + TreeDepth.MAX + " levels deep";
    return new RenderedLesson(
        LessonSanitizer.sanitize(html), List.of(), List.of(new RenderedLesson.Problem(0, message)));
  }

  private static String normalize(String markdown) {
    // Editors and importers may hand us decomposed (NFD) Vietnamese; pages and search want NFC.
    String text = markdown == null ? "" : Normalizer.normalize(markdown, Normalizer.Form.NFC);
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static List<RenderedLesson.Heading> anchorHeadings(Node document, Map<Node, String> ids) {
    HeadingSlugs slugs = new HeadingSlugs();
    List<RenderedLesson.Heading> headings = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Heading heading) {
            String text = PlainText.of(heading);
            String id = slugs.next(text);
            ids.put(heading, id);
            headings.add(new RenderedLesson.Heading(heading.getLevel(), id, text));
          }
        });
    return headings;
  }

  /**
   * A renderer for one document. Our block renderer is registered before the extensions, because
   * the first renderer registered for a node type is the one used.
   */
  private static HtmlRenderer htmlRenderer(RenderContext ctx, Map<Node, String> ids) {
    return HtmlRenderer.builder()
        .nodeRendererFactory(context -> new LessonBlockRenderer(context, ctx.language()))
        .extensions(EXTENSIONS)
        .sanitizeUrls(true)
        .attributeProviderFactory(context -> attributes(ctx, ids))
        .build();
  }

  private static AttributeProvider attributes(RenderContext ctx, Map<Node, String> ids) {
    String back = BACK_TO_REFERENCE.getOrDefault(ctx.language(), BACK_TO_REFERENCE.get("en"));
    return (node, tag, attrs) -> {
      if (node instanceof Heading && ids.containsKey(node)) {
        attrs.put("id", ids.get(node));
      }
      String index = attrs.get("data-footnote-backref-idx");
      if (index != null && attrs.containsKey("aria-label")) {
        attrs.put("aria-label", back + index);
      }
    };
  }
}
