package vn.hocsau.course.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Markdown features of lessons: tables, footnotes, headings, Vietnamese text, plain text. */
class LessonRendererTest {

  private final LessonRenderer renderer = new LessonRenderer();

  @Test
  void tableIsWrappedForSmallScreensWithAlignedCells() {
    Document doc = render("| Lớp | Số tham số |\n|:---|---:|\n| Dense | 1 024 |\n", "vi");
    var wrap = doc.selectFirst("div.table-wrap[tabindex=0][role=region]");
    assertEquals("Bảng", wrap.attr("aria-label"));
    assertEquals(List.of("Lớp", "Số tham số"), wrap.select("table.table > thead th").eachText());
    assertEquals("right", wrap.selectFirst("tbody td[align=right]").attr("align"));
    assertEquals("1 024", wrap.selectFirst("tbody td[align=right]").text());
    assertEquals(
        "Table", render("|a|\n|-|\n|1|", "en").selectFirst(".table-wrap").attr("aria-label"));
  }

  @Test
  void footnotesLinkBothWays() {
    Document doc = render("Adam[^adam] hội tụ nhanh.\n\n[^adam]: Kingma & Ba, 2014.\n", "vi");
    var ref = doc.selectFirst("sup.footnote-ref > a");
    assertEquals("#fn-adam", ref.attr("href"));
    assertEquals("fnref-adam", ref.id());
    var note = doc.selectFirst("section.footnotes li#fn-adam");
    assertTrue(note.text().startsWith("Kingma & Ba, 2014."), note.text());
    var back = note.selectFirst("a.footnote-backref");
    assertEquals("#fnref-adam", back.attr("href"));
    assertEquals("Quay lại chỗ tham chiếu 1", back.attr("aria-label"));
  }

  @Test
  void headingsGetStableAsciiIds() {
    RenderedLesson lesson =
        renderer.render(
            "# Hàm mất mát\n\n## Đạo hàm & gradient\n\n## Hàm mất mát\n\n### ???\n\n## FN 1\n",
            RenderContext.withoutAssets("vi"));
    assertEquals(
        List.of(
            new RenderedLesson.Heading(1, "ham-mat-mat", "Hàm mất mát"),
            new RenderedLesson.Heading(2, "dao-ham-gradient", "Đạo hàm & gradient"),
            new RenderedLesson.Heading(2, "ham-mat-mat-1", "Hàm mất mát"),
            new RenderedLesson.Heading(3, "section", "???"),
            new RenderedLesson.Heading(2, "h-fn-1", "FN 1")),
        lesson.headings());
    Document doc = Jsoup.parseBodyFragment(lesson.html());
    assertEquals(
        List.of("ham-mat-mat", "dao-ham-gradient", "ham-mat-mat-1", "section", "h-fn-1"),
        doc.select("h1, h2, h3").eachAttr("id"));
  }

  @Test
  void slugsDropEveryVietnameseDiacritic() {
    assertEquals(
        "ung-dung-cua-mang-no-ron-sau-trong-y-te",
        HeadingSlugs.slug("Ứng dụng của mạng nơ-ron sâu trong y tế"));
    assertEquals("dd-aa-ee-oo-uu-ye", HeadingSlugs.slug("ĐĐ ÂĂ ÊỂ ÔƠ ƯỨ ỳễ"));
  }

  @Test
  void vietnameseTextComesOutInNfc() {
    String nfd = Normalizer.normalize("Học sâu: hàm mất mát", Normalizer.Form.NFD);
    String html = renderer.render(nfd, RenderContext.withoutAssets("vi")).html();
    assertTrue(html.contains("Học sâu: hàm mất mát"), html);
    assertTrue(Normalizer.isNormalized(html, Normalizer.Form.NFC));
  }

  @Test
  void emphasisListsQuotesAndBreaks() {
    Document doc = render("> **Chú ý:** *đọc kỹ*\n\n1. một\n2. hai\n\n---\n\ndòng  \nmới", "vi");
    assertEquals("Chú ý:", doc.selectFirst("blockquote strong").text());
    assertEquals("đọc kỹ", doc.selectFirst("blockquote em").text());
    assertEquals(List.of("một", "hai"), doc.select("ol > li").eachText());
    assertEquals(1, doc.select("hr").size());
    assertEquals(1, doc.select("p > br").size());
  }

  @Test
  void plainTextIsForSearch() {
    assertEquals(
        "Học sâu Mạng có $n$ lớp, xem code và L = \\sum_i l_i. a b 1 2",
        renderer.plainText(
            "# Học sâu\n\nMạng có \\$n\\$ lớp, *xem* `code` và $L = \\sum_i l_i$.\n\n"
                + "```\nignored()\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"));
  }

  @Test
  void absurdNestingIsShownAsSourceInsteadOfOverflowingTheStack() {
    RenderedLesson deep =
        renderer.render(">".repeat(20_000) + " x", RenderContext.withoutAssets("vi"));
    assertEquals(1, deep.problems().size());
    assertTrue(deep.html().startsWith("<pre>&gt;&gt;&gt;"), deep.html().substring(0, 40));
    assertEquals("", renderer.plainText("* ".repeat(20_000) + "x"));
    String stars = "*".repeat(20_000) + "a" + "*".repeat(20_000);
    assertEquals(1, renderer.render(stars, RenderContext.withoutAssets("vi")).problems().size());
    String quotes =
        renderer.render(">".repeat(30) + " x", RenderContext.withoutAssets("vi")).html();
    assertEquals(30, Jsoup.parseBodyFragment(quotes).select("blockquote").size());
  }

  @Test
  void manyStrayDollarsStayLinear() {
    String prices = "$a ".repeat(50_000);
    String html =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20),
            () -> renderer.render(prices, RenderContext.withoutAssets("vi")).html());
    assertTrue(Jsoup.parseBodyFragment(html).select(".math").isEmpty());
  }

  @Test
  void nullAndEmptyRenderNothing() {
    assertEquals("", renderer.render(null, RenderContext.withoutAssets("vi")).html());
    assertEquals("", renderer.render("", RenderContext.withoutAssets("vi")).html().strip());
  }

  @Test
  void contextRefusesUnsafeBasePaths() {
    for (String bad :
        List.of("", "relative", "/a/../b", "/a/", "//evil", "/a b", "/a\"b", "/a?x")) {
      assertThrows(IllegalArgumentException.class, () -> RenderContext.lesson(bad, "vi"), bad);
    }
    assertEquals("vi", RenderContext.lesson("/courses/dl/assets/01-intro", "VI").language());
  }

  private Document render(String markdown, String language) {
    String html = renderer.render(markdown, RenderContext.withoutAssets(language)).html();
    SafeHtml.assertSafe(html);
    return Jsoup.parseBodyFragment(html);
  }
}
