package vn.hocsau.course.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile lessons: XSS vectors (most from the OWASP filter-evasion cheat sheet) must not survive.
 */
class LessonSanitizerTest {

  private final LessonRenderer renderer = new LessonRenderer();

  static Stream<String> vectors() {
    return Stream.of(
        "<script>alert(1)</script>",
        "<SCRIPT SRC=https://xss.rocks/xss.js></SCRIPT>",
        "<IMG SRC=\"javascript:alert('XSS');\">",
        "<IMG SRC=JaVaScRiPt:alert('XSS')>",
        "<IMG SRC=`javascript:alert(\"RSnake says, 'XSS'\")`>",
        "<a onmouseover=\"alert(document.cookie)\">xxs link</a>",
        "<IMG \"\"\"><SCRIPT>alert(\"XSS\")</SCRIPT>\">",
        "<IMG SRC=javascript:alert(String.fromCharCode(88,83,83))>",
        "<IMG SRC=# onmouseover=\"alert('xxs')\">",
        "<img src=x onerror=alert(1)>",
        "<IMG SRC=/ onerror=\"alert(String.fromCharCode(88,83,83))\"></img>",
        "<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;"
            + "&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>",
        "<IMG SRC=&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A&#x61&#x6C&#x65&#x72&#x74"
            + "&#x28&#x27&#x58&#x53&#x53&#x27&#x29>",
        "<IMG SRC=\"jav\tascript:alert('XSS');\">",
        "<IMG SRC=\"jav&#x09;ascript:alert('XSS');\">",
        "<IMG SRC=\"jav&#x0A;ascript:alert('XSS');\">",
        "<IMG SRC=\" &#14;  javascript:alert('XSS');\">",
        "<SCRIPT/XSS SRC=\"http://xss.rocks/xss.js\"></SCRIPT>",
        "<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert(\"XSS\")>",
        "<<SCRIPT>alert(\"XSS\");//\\<</SCRIPT>",
        "<SCRIPT SRC=http://xss.rocks/xss.js?< B >",
        "</TITLE><SCRIPT>alert(\"XSS\");</SCRIPT>",
        "<INPUT TYPE=\"IMAGE\" SRC=\"javascript:alert('XSS');\">",
        "<BODY BACKGROUND=\"javascript:alert('XSS')\">",
        "<svg/onload=alert('XSS')>",
        "<svg><script>alert(1)</script></svg>",
        "<STYLE>li {list-style-image: url(\"javascript:alert('XSS')\");}</STYLE><UL><LI>XSS</br>",
        "<IMG STYLE=\"xss:expr/*XSS*/ession(alert('XSS'))\">",
        "<META HTTP-EQUIV=\"refresh\" CONTENT=\"0;url=javascript:alert('XSS');\">",
        "<IFRAME SRC=\"javascript:alert('XSS');\"></IFRAME>",
        "<iframe src=\"https://evil.example/\"></iframe>",
        "<FRAMESET><FRAME SRC=\"javascript:alert('XSS');\"></FRAMESET>",
        "<TABLE BACKGROUND=\"javascript:alert('XSS')\"><tr><td>x</td></tr></TABLE>",
        "<DIV STYLE=\"background-image: url(javascript:alert('XSS'))\">x</DIV>",
        "<DIV STYLE=\"width: expression(alert('XSS'));\">x</DIV>",
        "<BASE HREF=\"javascript:alert('XSS');//\">",
        "<OBJECT TYPE=\"text/x-scriptlet\" DATA=\"http://xss.rocks/scriptlet.html\"></OBJECT>",
        "<EMBED SRC=\"data:image/svg+xml;base64,PHN2Zz48c2NyaXB0PmFsZXJ0KDEpPC9zY3JpcHQ+PC9zdmc+\">",
        "<a href=\"data:text/html,<script>alert(1)</script>\">d</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">d</a>",
        "<a href=\"jav&#x61;script:alert(1)\">e</a>",
        "<a href=\"&#106;avascript:alert(1)\">e</a>",
        "<a href=\"javascript&colon;alert(1)\">e</a>",
        "<a href=\"vbscript:msgbox(1)\">e</a>",
        "<form action=\"javascript:alert(1)\"><button>x</button></form>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "<details open ontoggle=alert(1)>x</details>",
        "<a href=\"https://ok.example\" onfocus=alert(1) autofocus>x</a>",
        "<p style=\"color:red\">styled</p>",
        "<span class=\"math\" onclick=\"alert(1)\" style=\"position:fixed\">x</span>",
        "[x](javascript:alert(1))",
        "[x](JaVaScRiPt:alert(1))",
        "[x](jav&#x61;script:alert(1))",
        "[x](<javascript:alert(1)>)",
        "[x](data:text/html,alert(1))",
        "[x][r]\n\n[r]: javascript:alert(1)",
        "![x](javascript:alert(1))",
        "<javascript:alert(1)>",
        "$</span><script>alert(1)</script>$",
        "$$\n</div><img src=x onerror=alert(1)>\n$$",
        "```\"><script>alert(1)</script>\nx\n```",
        "```java onload=alert(1)\nint x;\n```",
        "# <img src=x onerror=alert(1)> title",
        "[^1]\n\n[^1]: <script>alert(1)</script>");
  }

  @ParameterizedTest
  @MethodSource("vectors")
  void noVectorSurvives(String markdown) {
    String html = render(markdown);
    SafeHtml.assertSafe(html);
    Document doc = Jsoup.parseBodyFragment(html);
    assertTrue(
        doc.select("script, style, iframe, object, embed, form, input, svg, base").isEmpty(), html);
  }

  @Test
  void scriptIsRemovedWithItsContent() {
    String html = render("Trước <script>alert('x')</script> sau");
    assertFalse(html.contains("alert"), html);
    assertTrue(html.contains("Trước"), html);
  }

  @Test
  void javascriptLinksKeepTheirTextButLoseTheUrl() {
    Document doc = Jsoup.parseBodyFragment(render("[bấm vào đây](JaVaScRiPt:alert(1))"));
    assertEquals("bấm vào đây", doc.text());
    assertTrue(doc.select("a[href~=(?i)script]").isEmpty(), doc.html());
  }

  @Test
  void safeLinksGetNofollowNoopener() {
    Document doc =
        Jsoup.parseBodyFragment(render("[KaTeX](https://katex.org) [mail](mailto:a@b.vn)"));
    assertEquals(2, doc.select("a[href]").size());
    for (var a : doc.select("a")) {
      assertTrue(
          a.attr("rel").contains("nofollow") && a.attr("rel").contains("noopener"), a.outerHtml());
    }
    assertEquals("https://katex.org", doc.selectFirst("a").attr("href"));
  }

  @Test
  void rawHtmlImagesMayNotLeaveTheSite() {
    Document doc =
        Jsoup.parseBodyFragment(
            render(
                "<img src=\"//evil.example/x.png\"><img src=\"/a/../../x.png\">"
                    + "<img src=\"/a/%2E%2e/x.png\"><img src=\"data:image/png;base64,AAAA\">"
                    + "<img src=\"/courses/c/assets/m/img/ok.png\" alt=\"ok\">"));
    assertEquals(1, doc.select("img").size(), doc.html());
    assertEquals("/courses/c/assets/m/img/ok.png", doc.selectFirst("img").attr("src"));
  }

  @Test
  void allowedMarkupKeepsOnlyItsOwnClassesAndIds() {
    Document doc =
        Jsoup.parseBodyFragment(
            render(
                "<span class=\"evil\">a</span> <div class=\"math math-display\" id=\"x\">b</div>"));
    assertTrue(doc.select(".evil, #x").isEmpty(), doc.html());
    assertEquals(1, doc.select("div.math.math-display").size(), doc.html());
  }

  private String render(String markdown) {
    return renderer.render(markdown, RenderContext.lesson("/courses/c/assets/m", "vi")).html();
  }
}
