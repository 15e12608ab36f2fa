package vn.hocsau.course.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Images next to a lesson are served from its asset path; nothing may climb out of it. */
class LessonImagesTest {

  private static final String BASE = "/courses/dl-co-ban/assets/01-mo-dau";
  private final LessonRenderer renderer = new LessonRenderer();

  @Test
  void relativeImageIsRewrittenUnderTheAssetPath() {
    Document doc = html("![Đồ thị mất mát](img/loss.png \"Mất mát\")");
    var img = doc.selectFirst("img");
    assertEquals(BASE + "/img/loss.png", img.attr("src"));
    assertEquals("Đồ thị mất mát", img.attr("alt"));
    assertEquals("Mất mát", img.attr("title"));
  }

  @Test
  void dotSegmentsAndUnicodeNamesAreNormalised() {
    Document doc = html("![a](./img//b.png) ![c](<img/ảnh mới.png>) ![d](img/x%20y.png)");
    assertEquals(
        List.of(
            BASE + "/img/b.png",
            BASE + "/img/%E1%BA%A3nh%20m%E1%BB%9Bi.png",
            BASE + "/img/x%20y.png"),
        doc.select("img").eachAttr("src"));
  }

  @Test
  void traversalIsRefusedAndReported() {
    RenderedLesson lesson =
        renderer.render(
            "Dòng một\n\n![mật khẩu](../../secret.png)\n![b](img/%2e%2e/%2E%2E/x.png)\n"
                + "![c](img/..%2F..%2Fx.png) ![d](img\\..\\x.png)",
            RenderContext.lesson(BASE, "vi"));
    Document doc = Jsoup.parseBodyFragment(lesson.html());
    assertTrue(doc.select("img").isEmpty(), lesson.html());
    assertTrue(doc.text().contains("mật khẩu"), "alt text stays readable");
    assertEquals(4, lesson.problems().size(), lesson.problems().toString());
    assertEquals(3, lesson.problems().get(0).line());
    assertTrue(lesson.problems().get(0).message().contains("../../secret.png"));
  }

  @Test
  void onlyHttpsLeavesTheLessonFolder() {
    RenderedLesson lesson =
        renderer.render(
            "![a](https://cdn.example/a.png) ![b](http://x.example/b.png) ![c](/etc/passwd)"
                + " ![d](//evil.example/d.png) ![e](data:image/png;base64,AAAA)"
                + " ![f](javascript:alert(1)) ![g](img/a.png?x=1)",
            RenderContext.lesson(BASE, "vi"));
    Document doc = Jsoup.parseBodyFragment(lesson.html());
    assertEquals(List.of("https://cdn.example/a.png"), doc.select("img").eachAttr("src"));
    assertEquals(6, lesson.problems().size());
  }

  @Test
  void withoutAnAssetFolderRelativeImagesAreRefused() {
    RenderedLesson lesson = renderer.render("![a](img/a.png)", RenderContext.withoutAssets("en"));
    assertTrue(Jsoup.parseBodyFragment(lesson.html()).select("img").isEmpty());
    assertEquals(1, lesson.problems().size());
  }

  private Document html(String markdown) {
    RenderedLesson lesson = renderer.render(markdown, RenderContext.lesson(BASE, "vi"));
    assertEquals(List.of(), lesson.problems());
    SafeHtml.assertSafe(lesson.html());
    return Jsoup.parseBodyFragment(lesson.html());
  }
}
