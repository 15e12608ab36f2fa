package vn.hocsau.course.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * What "safe" means for rendered lesson HTML, checked the way a browser would read it (jsoup
 * decodes entities, as the browser does): only lesson elements, no event handlers or styles, and
 * every URL either relative or http(s)/mailto after the browser strips tabs and newlines.
 */
final class SafeHtml {

  private static final Set<String> ELEMENTS =
      Set.of(
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "p",
          "blockquote",
          "hr",
          "br",
          "ul",
          "ol",
          "li",
          "pre",
          "code",
          "kbd",
          "em",
          "strong",
          "del",
          "s",
          "sup",
          "sub",
          "details",
          "summary",
          "table",
          "thead",
          "tbody",
          "tr",
          "th",
          "td",
          "div",
          "span",
          "section",
          "a",
          "img");
  private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");

  private SafeHtml() {}

  static void assertSafe(String html) {
    Element body = Jsoup.parseBodyFragment(html).body();
    for (Element el : body.select("*")) {
      if (el == body) {
        continue;
      }
      assertTrue(
          ELEMENTS.contains(el.normalName()), () -> "element <" + el.normalName() + "> in " + html);
      for (Attribute attr : el.attributes()) {
        String key = attr.getKey().toLowerCase(Locale.ROOT);
        assertFalse(key.startsWith("on"), () -> "handler " + key + " in " + html);
        assertFalse(key.equals("style"), () -> "style attribute in " + html);
        if (key.equals("href") || key.equals("src")) {
          assertSafeUrl(attr.getValue(), html);
        }
      }
    }
    assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), () -> "script in " + html);
  }

  private static void assertSafeUrl(String url, String html) {
    // Browsers drop ASCII tabs and newlines anywhere in a URL, and leading controls and spaces.
    String seen = url.replaceAll("[\\t\\n\\r]", "").replaceAll("^[\\x00-\\x20]+", "");
    Matcher m = SCHEME.matcher(seen.toLowerCase(Locale.ROOT));
    if (m.find()) {
      assertTrue(
          Set.of("http", "https", "mailto").contains(m.group(1)),
          () -> "URL " + url + " in " + html);
    }
  }
}
