package vn.hocsau.course.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Interactive figures in lessons: what the renderer writes, and what a hostile lesson cannot. */
class LessonFigureTest {

  private final LessonRenderer renderer = new LessonRenderer();

  private Document render(String markdown, String language) {
    return Jsoup.parse(
        renderer.render(markdown, RenderContext.lesson("/courses/c/assets/01-m", language)).html());
  }

  @Test
  void aFigureFenceBecomesALabelledFigureWithItsTextAlternative() {
    Document doc =
        render(
            "Trước.\n\n```figure neuron\nMột nơ-ron hai đầu vào.\nKéo các thanh trượt.\n\n"
                + "Đoạn thứ hai.\n```\n",
            "vi");
    Element figure = doc.selectFirst("div.hs-figure");
    assertNotNull(figure, doc.html());
    assertEquals("neuron", figure.attr("data-figure"));
    assertEquals("group", figure.attr("role"));
    assertEquals("Hình tương tác", figure.attr("aria-label"));
    assertEquals(
        java.util.List.of("Một nơ-ron hai đầu vào. Kéo các thanh trượt.", "Đoạn thứ hai."),
        figure.select("div.hs-figure-alt > p").eachText());
    assertNull(doc.selectFirst("pre"), "a figure is not also shown as code");
    assertEquals(
        "Interactive figure",
        render("```figure convolution\nA filter.\n```", "en")
            .selectFirst("div.hs-figure")
            .attr("aria-label"));
  }

  @Test
  void everyKnownFigureRenders() {
    for (String name : LessonFigure.NAMES) {
      Document doc = render("```figure " + name + "\nText.\n```", "en");
      assertEquals(name, doc.selectFirst("div.hs-figure").attr("data-figure"), name);
    }
  }

  @Test
  void unknownOrMalformedFiguresStayCodeBlocks() {
    for (String info :
        new String[] {
          "figure rocket",
          "figure",
          "figure neuron extra",
          "figure neuron\" onload=\"x",
          "figures neuron"
        }) {
      Document doc = render("```" + info + "\nText.\n```", "en");
      assertNull(doc.selectFirst("div.hs-figure"), info);
      assertNotNull(doc.selectFirst("pre > code"), info);
    }
  }

  @Test
  void markupInTheTextAlternativeIsEscapedNotRun() {
    Document doc =
        render(
            "```figure neuron\n<img src=x onerror=alert(1)><script>alert(2)</script>\n```", "en");
    Element alt = doc.selectFirst("div.hs-figure-alt > p");
    assertEquals("<img src=x onerror=alert(1)><script>alert(2)</script>", alt.text());
    assertTrue(doc.select("img, script").isEmpty(), doc.html());
  }

  @Test
  void rawHtmlCannotForgeAFigureThatRunsSomethingElse() {
    Document doc =
        render(
            "<div class=\"hs-figure\" data-figure=\"javascript:alert(1)\" onclick=\"alert(1)\""
                + " role=\"button\">x</div>\n\n<div class=\"hs-figure\" data-figure=\"neuron\""
                + " data-src=\"https://evil.example/x.js\">y</div>\n",
            "en");
    var divs = doc.select("div.hs-figure");
    assertEquals(2, divs.size(), doc.html());
    assertFalse(divs.get(0).hasAttr("data-figure"), "an unknown figure name is dropped");
    assertFalse(divs.get(0).hasAttr("onclick"));
    assertFalse(divs.get(0).hasAttr("role"), "only the roles the renderer writes survive");
    assertEquals("neuron", divs.get(1).attr("data-figure"));
    assertFalse(divs.get(1).hasAttr("data-src"));
  }

  @Test
  void requestedNameSeesUnknownNamesForTheCourseCheck() {
    assertEquals(Optional.of("rocket"), LessonFigure.requestedName("figure rocket"));
    assertEquals(Optional.of(""), LessonFigure.requestedName("figure"));
    assertEquals(Optional.empty(), LessonFigure.requestedName("yaml"));
    assertTrue(LessonFigure.of("figure Neuron", "x").isPresent(), "names are case-insensitive");
  }
}
