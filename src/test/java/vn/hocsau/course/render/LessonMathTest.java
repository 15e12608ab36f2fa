package vn.hocsau.course.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Math reaches the browser untouched by Markdown, in the elements math.js typesets. */
class LessonMathTest {

  private final LessonRenderer renderer = new LessonRenderer();

  @Test
  void inlineMathKeepsUnderscoresAndStars() {
    Document doc = render("Mất mát $L = -\\sum_i y_i \\log p_i * w_i * z$ nhé.");
    var math = doc.select("p > span.math");
    assertEquals(1, math.size(), doc.html());
    assertEquals("\\(L = -\\sum_i y_i \\log p_i * w_i * z\\)", math.text());
    assertTrue(doc.select("em, strong").isEmpty(), doc.html());
  }

  @Test
  void displayBlockIsOneDivAndItsLinesAreNotMarkdown() {
    Document doc = render("Trước\n\n$$\n\\frac{a_1}{b_2}\n- x_1\n= y_2\n$$\n\nSau");
    var div = doc.select("div.math.math-display");
    assertEquals(1, div.size(), doc.html());
    assertEquals("\\[\\frac{a_1}{b_2}\n- x_1\n= y_2\\]", div.first().wholeText());
    assertTrue(doc.select("ul, h1, h2, em").isEmpty(), doc.html());
    assertEquals(2, doc.select("p").size());
  }

  @Test
  void oneLineDisplayBlockAndDisplayInRunningText() {
    Document doc = render("$$ E = mc^2 $$\n\nVới $$x_1 + x_2$$ ở giữa câu.");
    assertEquals("\\[E = mc^2\\]", doc.selectFirst("div.math.math-display").text());
    assertEquals("\\[x_1 + x_2\\]", doc.selectFirst("p > span.math.math-display").text());
  }

  @Test
  void displayMathInsideAListItem() {
    Document doc = render("- Công thức:\n\n  $$\n  a_1 * b_1\n  $$\n");
    assertEquals("\\[a_1 * b_1\\]", doc.selectFirst("li div.math-display").text(), doc.html());
  }

  @Test
  void escapedDollarStaysADollar() {
    Document doc = render("Giá \\$5 và \\$10, không phải $x$.");
    assertEquals("Giá $5 và $10, không phải \\(x\\).", doc.selectFirst("p").text());
    assertEquals(1, doc.select("span.math").size());
  }

  @Test
  void pricesAreNotMath() {
    Document doc = render("Từ $5 đến $10 mỗi giờ.");
    assertTrue(doc.select(".math").isEmpty(), doc.html());
    assertEquals("Từ $5 đến $10 mỗi giờ.", doc.text());
  }

  @Test
  void mathInsideCodeIsCode() {
    Document doc = render("Dùng `$x_1$` hoặc\n\n```\n$$ a_b $$\n```\n\nvà $5 rồi `$y$`.");
    assertTrue(doc.select(".math").isEmpty(), doc.html());
    assertEquals("$x_1$", doc.select("p > code").get(0).text());
    assertEquals("$$ a_b $$\n", doc.selectFirst("pre > code").wholeText());
    assertEquals("$y$", doc.select("p > code").get(1).text());
  }

  @Test
  void texIsEscapedNotMarkup() {
    Document doc = render("$</span><script>alert(1)</script>$ và $a<b$");
    var spans = doc.select("span.math");
    assertEquals(2, spans.size(), doc.html());
    assertEquals("\\(</span><script>alert(1)</script>\\)", spans.get(0).text());
    assertEquals("\\(a<b\\)", spans.get(1).text());
    assertTrue(doc.select("script").isEmpty());
  }

  @Test
  void mathInTableCellsAndHeadings() {
    Document doc = render("## Hàm $f_\\theta$\n\n| x | y |\n|---|---|\n| $x_1$ | $y_1$ |\n");
    assertEquals("ham-f-theta", doc.selectFirst("h2").id());
    assertEquals(2, doc.select("td > span.math").size(), doc.html());
  }

  private Document render(String markdown) {
    String html = renderer.render(markdown, RenderContext.withoutAssets("vi")).html();
    SafeHtml.assertSafe(html);
    return Jsoup.parseBodyFragment(html);
  }
}
