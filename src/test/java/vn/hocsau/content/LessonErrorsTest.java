package vn.hocsau.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Errors in lesson files: names, front matter and image references, each exactly. */
class LessonErrorsTest {

  private static final String MODULE = "co-ban/modules/01-mo-dau/";
  private static final String LESSON = MODULE + "02-chi-viet.vi.md";

  @TempDir Path temp;
  private Path root;

  @BeforeEach
  void copyValidTree() {
    root = Fixtures.validCopy(temp);
  }

  /** A lesson whose body starts on line 5. */
  private void lessonBody(String body) {
    Fixtures.write(root, LESSON, "---\ntitle: Bài\nminutes: 3\n---\n" + body);
  }

  @Test
  void invalidMinutes() {
    Fixtures.write(root, LESSON, "---\ntitle: Bài\nminutes: lâu\n---\nVăn bản.\n");
    assertEquals(
        List.of(LESSON + ":3: field 'minutes' must be a whole number from 1 to 600"),
        Fixtures.errors(root));
  }

  @Test
  void missingTitleAndUnknownField() {
    Fixtures.write(root, LESSON, "---\nminutes: 3\ntags: [x]\n---\n");
    assertEquals(
        List.of(LESSON + ":2: missing field 'title'", LESSON + ":3: unknown field 'tags'"),
        Fixtures.errors(root));
  }

  @Test
  void yamlSyntaxErrorInFrontMatterHasTheFileLine() {
    Fixtures.write(root, LESSON, "---\ntitle: Bài\nminutes: [3\n---\n");
    assertEquals(
        List.of(LESSON + ":3: YAML syntax error: expected ',' or ']', but got <stream end>"),
        Fixtures.errors(root));
  }

  @Test
  void missingOrUnclosedFrontMatter() {
    Fixtures.write(root, LESSON, "# Bài\n");
    Fixtures.write(root, MODULE + "03-mo.vi.md", "---\ntitle: Mở\n");
    assertEquals(
        List.of(
            LESSON
                + ":1: missing front matter: start the file with '---', title and minutes, '---'",
            MODULE + "03-mo.vi.md:1: front matter is not closed: add a line '---' after it"),
        Fixtures.errors(root));
  }

  @Test
  void lessonWithoutAnyLanguage() {
    Fixtures.write(root, MODULE + "03-bai.md", "---\ntitle: Bài\nminutes: 3\n---\n");
    Fixtures.write(root, MODULE + "04-bai-khac.fr.md", "---\ntitle: Leçon\nminutes: 3\n---\n");
    assertEquals(
        List.of(
            MODULE + "03-bai.md:1: lesson has no language: name it 03-bai.vi.md or 03-bai.en.md",
            MODULE + "04-bai-khac.fr.md:1: unknown language 'fr' in file name (use vi or en)"),
        Fixtures.errors(root));
  }

  @Test
  void badLessonFileNames() {
    Fixtures.write(root, MODULE + "ghi-chu.md", "notes\n");
    Fixtures.write(root, MODULE + "03-Bài_Một.vi.md", "---\ntitle: Bài\nminutes: 3\n---\n");
    assertEquals(
        List.of(
            MODULE
                + "03-Bài_Một.vi.md:1: invalid lesson slug 'Bài_Một': use lowercase letters a-z,"
                + " digits and single hyphens (at most 80 characters)",
            MODULE
                + "ghi-chu.md:1: lesson file name must look like NN-slug.vi.md or NN-slug.en.md"),
        Fixtures.errors(root));
  }

  @Test
  void duplicateLessonNumber() {
    Fixtures.write(root, MODULE + "01-khac.vi.md", "---\ntitle: Khác\nminutes: 3\n---\n");
    assertEquals(
        List.of(MODULE + "01-khac.vi.md:1: duplicate lesson number 01 (also 01-chao.en.md)"),
        Fixtures.errors(root));
  }

  @Test
  void duplicateLessonSlugInTheModuleAndInTheCourse() {
    Fixtures.write(root, MODULE + "03-chao.vi.md", "---\ntitle: Lại\nminutes: 3\n---\n");
    String other = "co-ban/modules/02-tiep/02-chi-viet.en.md";
    Fixtures.write(root, other, "---\ntitle: Again\nminutes: 3\n---\n");
    assertEquals(
        List.of(
            MODULE + "03-chao.vi.md:1: duplicate lesson slug 'chao' (also 01-chao.en.md)",
            other
                + ":1: duplicate lesson slug 'chi-viet' (also"
                + " modules/01-mo-dau/02-chi-viet.vi.md)"),
        Fixtures.errors(root));
  }

  @Test
  void missingImage() {
    lessonBody("Văn bản.\n\n![Hình](img/khong-co.png)\n");
    assertEquals(List.of(LESSON + ":7: image not found: img/khong-co.png"), Fixtures.errors(root));
  }

  @Test
  void pathTraversalInImages() {
    lessonBody(
        "![a](../../course.yaml)\n![b](%2e%2e/02-tiep/x.png)\n![c](/etc/passwd.png)\n"
            + "![d](img\\..\\x.png)\n<img src=\"../x.svg\">\n[ref]: ../../x.png\n![e][ref]\n");
    assertEquals(
        List.of(
            LESSON + ":5: image path escapes the module folder: ../../course.yaml",
            LESSON + ":6: image path escapes the module folder: %2e%2e/02-tiep/x.png",
            LESSON + ":7: image path escapes the module folder: /etc/passwd.png",
            LESSON + ":8: image path escapes the module folder: img\\..\\x.png",
            LESSON + ":9: image path escapes the module folder: ../x.svg",
            LESSON + ":10: image path escapes the module folder: ../../x.png"),
        Fixtures.errors(root));
  }

  @Test
  void symbolicLinkLeadingOutOfTheModule() throws IOException {
    Path outside = Files.writeString(temp.resolve("secret.png"), "not an image");
    Files.createSymbolicLink(root.resolve(MODULE + "img/lien-ket.png"), outside);
    lessonBody("![x](img/lien-ket.png)\n");
    assertEquals(
        List.of(LESSON + ":5: image path escapes the module folder: img/lien-ket.png"),
        Fixtures.errors(root));
  }

  @Test
  void urlsAndUnsupportedTypes() {
    Fixtures.write(root, MODULE + "img/ghi-chu.txt", "text");
    lessonBody(
        "![a](https://example.org/a.png)\n![b](data:image/png;base64,AAAA)\n![c](img/ghi-chu.txt)\n");
    assertEquals(
        List.of(
            LESSON
                + ":5: image must be a file next to the lesson, not a URL: https://example.org/a.png",
            LESSON
                + ":6: image must be a file next to the lesson, not a URL: data:image/png;base64,AAAA",
            LESSON
                + ":7: unsupported image type: img/ghi-chu.txt (use png, jpg, gif, svg or webp)"),
        Fixtures.errors(root));
  }

  @Test
  void svgWithScript() {
    Fixtures.write(
        root,
        MODULE + "img/xau.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect onload=\"alert(1)\"/></svg>");
    lessonBody("![x](img/xau.svg)\n");
    assertEquals(
        List.of(LESSON + ":5: SVG image contains script or event handlers: img/xau.svg"),
        Fixtures.errors(root));
  }

  @Test
  void imagesInCodeAreNotReferences() {
    lessonBody(
        "```markdown\n![x](img/khong-co.png)\n```\nViết `![x](img/khong-co.png)` để chèn hình.\n");
    assertEquals(List.of(), Fixtures.errors(root));
  }
}
