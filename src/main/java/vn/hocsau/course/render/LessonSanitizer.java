package vn.hocsau.course.render;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The allow-list every rendered lesson passes, whatever the Markdown or raw HTML in it said: the
 * elements of prose, lists, tables, code, math and footnotes, with only the attributes and class
 * names the renderer itself writes. No script, style, event handler, frame or form survives; links
 * keep http, https, mailto and relative URLs only (entities such as {@code jav&#x61;script:} are
 * decoded before that check), and get {@code rel="nofollow noopener"}. Images load from https or
 * from a site path, never {@code data:}.
 */
final class LessonSanitizer {

  private static final String[] HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"};
  private static final Pattern HEADING_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,80}");
  private static final Pattern FOOTNOTE_ID = Pattern.compile("fn(?:ref)?-[\\p{L}\\p{N}_.-]{1,80}");
  private static final Pattern CODE_CLASS = Pattern.compile("language-[a-z0-9+#._-]{1,31}");
  private static final Pattern SPAN_CLASS =
      Pattern.compile("math|math math-display|tok-(?:kw|str|com|num|key|meta)");
  private static final Pattern DIV_CLASS =
      Pattern.compile("math math-display|table-wrap|hs-figure|hs-figure-alt");
  private static final Pattern FIGURE_NAME =
      Pattern.compile(String.join("|", LessonFigure.NAMES.stream().sorted().toList()));

  /**
   * An https URL, or a site path that neither climbs ({@code ..}, which browsers also read in
   * {@code %2e%2e}) nor leaves the site ({@code //host}, {@code /\host}).
   */
  private static final Pattern IMG_SRC =
      Pattern.compile("https://\\S+|(?i)(?!.*/(?:\\.|%2e){2}(?:/|$))/(?![/\\\\])[^\\s?#\\\\]*");

  private static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements(HEADINGS)
          .allowElements("p", "blockquote", "hr", "br", "ul", "ol", "li", "pre", "code", "kbd")
          .allowElements("em", "strong", "del", "s", "sup", "sub", "details", "summary")
          .allowElements("table", "thead", "tbody", "tr", "th", "td", "div", "span", "section")
          .allowElements("a", "img")
          .allowAttributes("id")
          .matching(HEADING_ID)
          .onElements(HEADINGS)
          .allowAttributes("id")
          .matching(FOOTNOTE_ID)
          .onElements("li", "a")
          .allowAttributes("class")
          .matching(CODE_CLASS)
          .onElements("code")
          .allowAttributes("class")
          .matching(SPAN_CLASS)
          .onElements("span")
          .allowAttributes("class")
          .matching(DIV_CLASS)
          .onElements("div")
          .allowAttributes("class")
          .matching(false, "table")
          .onElements("table")
          .allowAttributes("class")
          .matching(false, "footnotes")
          .onElements("section")
          .allowAttributes("class")
          .matching(false, "footnote-ref")
          .onElements("sup")
          .allowAttributes("class")
          .matching(false, "footnote-backref")
          .onElements("a")
          .allowAttributes("tabindex")
          .matching(false, "0")
          .onElements("div")
          .allowAttributes("role")
          .matching(false, "region", "group")
          .onElements("div")
          .allowAttributes("data-figure")
          .matching(FIGURE_NAME)
          .onElements("div")
          .allowAttributes("aria-label")
          .onElements("div", "a")
          .allowAttributes("align")
          .matching(true, "left", "center", "right")
          .onElements("th", "td")
          .allowAttributes("start")
          .matching(Pattern.compile("[0-9]{1,9}"))
          .onElements("ol")
          .allowAttributes("href", "title")
          .onElements("a")
          .allowAttributes("src")
          .matching(IMG_SRC)
          .onElements("img")
          .allowAttributes("alt", "title")
          .onElements("img")
          .allowUrlProtocols("http", "https", "mailto")
          .requireRelsOnLinks("nofollow", "noopener")
          .toFactory();

  private LessonSanitizer() {}

  /** {@code html} with everything outside the allow-list removed. */
  static String sanitize(String html) {
    return POLICY.sanitize(html);
  }
}
