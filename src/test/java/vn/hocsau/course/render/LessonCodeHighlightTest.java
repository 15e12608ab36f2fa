package vn.hocsau.course.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Fenced code: highlighted on the server, text kept exactly, nothing executable. */
class LessonCodeHighlightTest {

  private final LessonRenderer renderer = new LessonRenderer();

  @Test
  void javaSnippet() {
    String java =
        """
        // tính mất mát
        @Override
        public double loss(int n) {
          String s = "a \\"b\\" // not a comment";
          return n * 0.5e-3 + 0x1F; /* xong */
        }
        """;
    Element code = code("```java\n" + java + "```\n");
    assertEquals("language-java", code.className());
    assertEquals(java, code.wholeText());
    assertEquals(List.of("public", "double", "int", "return"), tokens(code, "kw"));
    assertEquals(List.of("// tính mất mát", "/* xong */"), tokens(code, "com"));
    assertEquals(List.of("\"a \\\"b\\\" // not a comment\""), tokens(code, "str"));
    assertEquals(List.of("0.5e-3", "0x1F"), tokens(code, "num"));
    assertEquals(List.of("@Override"), tokens(code, "meta"));
  }

  @Test
  void pythonSnippet() {
    Element code =
        code("```py\n@torch.no_grad()\ndef f(x):  # ghi chú\n    return None if x else 'a#b'\n```");
    assertEquals("language-py", code.className());
    assertEquals(List.of("def", "return", "None", "if", "else"), tokens(code, "kw"));
    assertEquals(List.of("# ghi chú"), tokens(code, "com"));
    assertEquals(List.of("'a#b'"), tokens(code, "str"));
    assertEquals(List.of("@torch.no_grad"), tokens(code, "meta"));
  }

  @Test
  void jsonSnippet() {
    Element code =
        code("```json\n{\"lr\": 0.001, \"name\": \"mlp\", \"ok\": true, \"x\": null}\n```");
    assertEquals(List.of("\"lr\"", "\"name\"", "\"ok\"", "\"x\""), tokens(code, "key"));
    assertEquals(List.of("\"mlp\""), tokens(code, "str"));
    assertEquals(List.of("0.001"), tokens(code, "num"));
    assertEquals(List.of("true", "null"), tokens(code, "kw"));
  }

  @Test
  void yamlSnippet() {
    Element code =
        code(
            "```yaml\n---\nmodel:\n  layers: 3  # số lớp\n  name: \"mlp\"\n  note: it's plain\n  dropout: true\n```");
    assertEquals(List.of("model", "layers", "name", "note", "dropout"), tokens(code, "key"));
    assertEquals(List.of("# số lớp"), tokens(code, "com"));
    assertEquals(List.of("\"mlp\""), tokens(code, "str"));
    assertEquals(List.of("3"), tokens(code, "num"));
    assertEquals(List.of("true"), tokens(code, "kw"));
    assertEquals(List.of("---"), tokens(code, "meta"));
  }

  @Test
  void bashSnippet() {
    Element code =
        code("```bash\nfor f in *.csv; do echo \"$f\" $HOME # in\n  mvn --set 2; done\n```");
    assertEquals(List.of("for", "in", "do", "done"), tokens(code, "kw"));
    assertEquals(List.of("\"$f\""), tokens(code, "str"));
    assertEquals(List.of("$HOME"), tokens(code, "meta"));
    assertEquals(List.of("# in"), tokens(code, "com"));
    assertEquals(List.of("2"), tokens(code, "num"));
  }

  @Test
  void unknownLanguageIsOnlyEscaped() {
    Element code = code("```brainfuck\n<script>alert(1)</script> +++\n```");
    assertEquals("language-brainfuck", code.className());
    assertTrue(code.select("span").isEmpty());
    assertEquals("<script>alert(1)</script> +++\n", code.wholeText());
  }

  @Test
  void hostileInfoStringGivesNoClass() {
    Element code = code("```\"><img src=x onerror=alert(1)>\nint x;\n```");
    assertEquals("", code.className());
    assertEquals("int x;\n", code.wholeText());
  }

  @Test
  void unterminatedStringsAndCommentsStayInsideTheBlock() {
    Element code =
        code("```java\nString s = \"open\nint x; /* never closed\nint y;\n```\nSau **đậm**");
    assertEquals("String s = \"open\nint x; /* never closed\nint y;\n", code.wholeText());
    assertEquals(List.of("\"open"), tokens(code, "str"));
  }

  @Test
  void hugeAdversarialStringDoesNotOverflowTheStack() {
    String body = "\\\"".repeat(60_000);
    Element code = code("```java\n\"" + body + "\"\n```");
    assertEquals("\"" + body + "\"\n", code.wholeText());
  }

  private Element code(String markdown) {
    String html = renderer.render(markdown, RenderContext.withoutAssets("en")).html();
    SafeHtml.assertSafe(html);
    Document doc = Jsoup.parseBodyFragment(html);
    return doc.selectFirst("pre > code");
  }

  private static List<String> tokens(Element code, String kind) {
    return code.select("span.tok-" + kind).eachText();
  }
}
